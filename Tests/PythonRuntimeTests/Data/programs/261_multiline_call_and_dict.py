config = {
    'lr': 0.01,
    'epochs': 3,
}
result = max(
    config['epochs'],
    2,
)
print(config, result)
