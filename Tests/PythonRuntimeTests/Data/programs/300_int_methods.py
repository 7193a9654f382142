print((255).bit_length(), (1.5).is_integer(), (2.0).is_integer(), (10).conjugate(), (0.5).as_integer_ratio())
