import torch
def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", str(e).split("\n")[0])
def case1():
    a = torch.tensor([5., -7.], requires_grad=True)
    a //= 2
    return None
check(case1)
def case2():
    a = torch.tensor([5., -7.], requires_grad=True)
    a %= 2
    return None
check(case2)
def case3():
    a = torch.tensor([5., -7.], requires_grad=True)
    y = a * 1
    y //= 2
    r = y
    return r
check(case3)
def case4():
    a = torch.tensor([5., -7.], requires_grad=True)
    y = a * 1
    y %= 2
    y.sum().backward()
    r = (y, a.grad, y._version)
    return r
check(case4)
def case5():
    a = torch.tensor([5., -7.], requires_grad=True)
    y = a * 1
    y %= torch.tensor([2., 3.], requires_grad=True)
    r = y
    return r
check(case5)
def case6():
    x = torch.tensor([5, -7])
    x //= 2
    r = (x, x._version)
    return r
check(case6)
def case7():
    x = torch.tensor([5, -7])
    x %= 3
    r = x
    return r
check(case7)
def case8():
    x = torch.tensor([5, -7])
    x //= 2.5
    return None
check(case8)
def case9():
    x = torch.tensor([5, -7])
    x %= 2.5
    return None
check(case9)
def case10():
    x = torch.tensor([5., -7.])
    x //= torch.tensor([2, 3])
    r = x
    return r
check(case10)
def case11():
    x = torch.tensor([5., -7.])
    x %= torch.tensor([2, 3])
    r = x
    return r
check(case11)
def case12():
    x = torch.tensor([5, -7])
    x //= 0
    return None
check(case12)
def case13():
    x = torch.tensor([True, False])
    x //= True
    return None
check(case13)
def case14():
    x = torch.tensor([True, False])
    x %= 2
    return None
check(case14)
def case15():
    x = torch.tensor([1, 2])
    v = x[:1]
    v //= 2
    r = (x, x._version)
    return r
check(case15)
b = torch.tensor([True, False])
i = torch.tensor([1, 2, 3])
check(lambda: b // True)
check(lambda: b % b)
check(lambda: b // 2)
check(lambda: torch.tensor([5., -7.]).floor_divide_(2))
check(lambda: torch.tensor([5., -7.]).remainder_(2))
check(lambda: i | torch.tensor([4, 1, 2]))
check(lambda: i & 2)
check(lambda: 6 ^ i)
check(lambda: ~torch.tensor([1, -2, 0]))
check(lambda: ~b)
check(lambda: b | torch.tensor([False, False]))
check(lambda: b ^ True)
check(lambda: b & 1)
check(lambda: b | torch.tensor([2, 3]))
check(lambda: torch.tensor([1., 2.]) | torch.tensor([1, 2]))
check(lambda: torch.tensor([1.], dtype=torch.float64) & 1)
check(lambda: ~torch.tensor([1., 2.]))
check(lambda: i | 1.5)
a = torch.tensor([5., -7.], requires_grad=True)
check(lambda: 5 % a)
check(lambda: (5 % a).sum().backward())
check(lambda: (a // 2).sum().backward())
check(lambda: a % torch.tensor(2.))
check(lambda: True ^ i)
check(lambda: i & torch.tensor([[1], [3]]))
check(lambda: i | torch.tensor([1, 2]))
check(lambda: i.bitwise_or(8))
check(lambda: torch.bitwise_xor(i, 1))
check(lambda: i.bitwise_not())
check(lambda: torch.tensor([1.]).bitwise_not())
check(lambda: torch.tensor([1, 2]).bitwise_and_(3))
def case16():
    x = torch.tensor([1, 2])
    x |= 4
    r = x
    return r
check(case16)
def case17():
    x = torch.tensor([True, False])
    x &= torch.tensor([1, 1])
    return None
check(case17)
def case18():
    x = torch.tensor([True, False])
    x ^= True
    r = (x, x._version)
    return r
check(case18)
def case19():
    x = torch.tensor([1., 2.], requires_grad=True)
    r = x | 1
    return r
check(case19)
