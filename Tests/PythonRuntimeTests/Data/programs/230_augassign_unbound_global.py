undefined_counter += 1
