w = 0.0
lr = 0.1
for step in range(5):
    grad = 2 * (w - 3)
    w -= lr * grad
    print(step, round(w, 4), f'{w:.6f}')
