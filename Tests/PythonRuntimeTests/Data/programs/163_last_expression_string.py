'text with \'quotes\''
