# gradbook-only: class statements are outside the cell language
class A:
    pass
