import torch
print(torch.accelerator.is_available(), torch.accelerator.device_count(), torch.accelerator.current_accelerator(check_available=True))
# %%
device = torch.accelerator.current_accelerator().type if torch.accelerator.is_available() else "cpu"
print(f"Using {device} device")
# %%
print(torch.backends.mps.is_available(), torch.backends.mps.is_built(), torch.cuda.is_available(), torch.cuda.device_count())
# %%
device = "cuda" if torch.cuda.is_available() else "mps" if torch.backends.mps.is_available() else "cpu"
print(f"Using {device} device")
# %%
torch.set_default_device("cpu")
print(repr(torch.get_default_device()), torch.zeros(2).device)
# %%
torch.set_default_device(torch.device("cpu"))
torch.set_default_device(None)
torch.get_default_device()
# %%
torch.accelerator.is_available(1)
# %%
torch.backends.mps.is_built(True)
# %%
torch.accelerator.current_accelerator(True, False)
# %%
torch.set_default_device()
# %%
torch.manual_seed(0)
torch.cuda.manual_seed(0)
torch.cuda.manual_seed_all(0)
torch.backends.cudnn.deterministic = True
torch.backends.cudnn.benchmark = False
print(torch.backends.cudnn.deterministic, torch.backends.cudnn.benchmark, torch.backends.cudnn.enabled, torch.rand(2))
print(torch.cuda.empty_cache(), torch.cuda.is_initialized(), torch.cuda.manual_seed(2.5))
# %%
torch.cuda.manual_seed("a")
# %%
torch.cuda.manual_seed_all()
