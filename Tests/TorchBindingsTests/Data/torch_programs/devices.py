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
