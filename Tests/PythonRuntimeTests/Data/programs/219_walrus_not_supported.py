# gradbook-only: assignment expressions are outside the cell language
if (n := 5) > 3:
    print(n)
