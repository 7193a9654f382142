import torch
g = torch.Generator()
print(g, type(g), g.initial_seed(), g.device, torch.Generator)
# %%
print(g.manual_seed(3) is g, torch.rand(3, generator=g), torch.randn(2, generator=g), torch.randint(0, 10, (4,), generator=g), torch.randint(10, (3,), generator=g))
# %%
print(torch.randperm(5, generator=g), torch.multinomial(torch.tensor([0.2, 0.3, 0.5]), 2, generator=g), torch.multinomial(torch.tensor([0.2, 0.8]), 4, True, generator=g))
# %%
q = torch.tensor([[0.2, 0.9], [0.5, 0.5]])
print(torch.bernoulli(q, generator=torch.Generator().manual_seed(1)), q.bernoulli(generator=torch.Generator().manual_seed(1)), torch.bernoulli(q, 0.5, generator=torch.Generator().manual_seed(1)))
print(torch.zeros(2, 3).bernoulli_(0.3, generator=torch.Generator().manual_seed(2)), torch.zeros(2).bernoulli_(torch.tensor([0.1, 0.9]), generator=torch.Generator().manual_seed(3)))
print(q.multinomial(1, generator=torch.Generator().manual_seed(4)), torch.multinomial(q, 2, replacement=True, generator=torch.Generator().manual_seed(5)))
# %%
torch.zeros(2).bernoulli_(1.5)
# %%
torch.manual_seed(3)
print(torch.rand(3), torch.randn(2), torch.randint(0, 10, (4,)), torch.randint(10, (3,)), torch.randperm(5))
# %%
g2 = torch.Generator().manual_seed(3)
a = torch.rand(2, generator=g2)
torch.rand(5)
print(torch.equal(a, torch.rand(2, generator=torch.Generator().manual_seed(3))), torch.rand(2, generator=g2))
# %%
print(torch.randn(20, generator=torch.Generator().manual_seed(0)), torch.randn(3, 2, dtype=torch.float64, generator=torch.Generator().manual_seed(0)))
# %%
print(torch.rand_like(torch.ones(2), generator=torch.Generator().manual_seed(1)), torch.randn_like(torch.ones(3), generator=torch.Generator().manual_seed(1)))
print(torch.ones(3).uniform_(generator=torch.Generator().manual_seed(1)), torch.ones(3).normal_(2, 3, generator=torch.Generator().manual_seed(1)))
# %%
g3 = torch.Generator().manual_seed(7)
torch.randn(3, generator=g3)
s = g3.get_state()
x1 = torch.randn(3, generator=g3)
print(g3.set_state(s) is g3, x1, torch.randn(3, generator=g3))
print(s.dtype, s.shape, s[:24], s[5016:])
# %%
s0 = torch.Generator().get_state()
print(s0[:24], s0[24:40], s0[-40:])
# %%
torch.manual_seed(11)
state = torch.get_rng_state()
first = torch.rand(4)
torch.set_rng_state(state)
print(torch.equal(first, torch.rand(4)), torch.initial_seed(), torch.default_generator.get_state()[8:24])
# %%
h = torch.Generator()
h.set_state(g3.get_state())
print(h.initial_seed(), torch.randn(2, generator=h), torch.randn(2, generator=g3))
# %%
print(torch.Generator("cpu").device, torch.Generator(device=torch.device("cpu")).initial_seed(), torch.Generator(None).device, g.manual_seed(-5) is g)
# %%
g.manual_seed(2.5)
# %%
g.manual_seed("1")
# %%
torch.default_generator.manual_seed(True)
# %%
g.manual_seed()
# %%
g.initial_seed(1)
# %%
g.get_state(1)
# %%
g.manual_seed(seed=1)
# %%
g.set_state(torch.zeros(3))
# %%
g.set_state([1])
# %%
g.set_state(torch.zeros(3, dtype=torch.uint8))
# %%
g.set_state(torch.zeros(5056, dtype=torch.uint8))
# %%
g.set_state(s0[::2])
# %%
torch.set_rng_state(torch.zeros(5056))
# %%
torch.Generator("cpu", 1)
# %%
torch.multinomial(torch.ones(2), 1, generator="a")
# %%
torch.ones(2).uniform_(generator=3)
# %%
torch.randperm(3, generator=3)
