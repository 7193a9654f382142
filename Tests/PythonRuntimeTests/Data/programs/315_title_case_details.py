print("they're bill's".title(), 'hello WORLD'.capitalize(), 'ß'.upper(), 'İ'.lower() == 'i̇')
