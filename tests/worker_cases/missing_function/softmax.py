def soft_max(x, axis=-1):
    return x
