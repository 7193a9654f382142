print(bool(0.0), bool(-0.0), bool('0'), int('-0'), bool(None), bool([[]]), float(True))
