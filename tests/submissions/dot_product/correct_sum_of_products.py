"""Right: compares lengths with len(), returns a NumPy float64 (a NumPy scalar is accepted)."""


def dot_product(a, b):
    if len(a) != len(b):
        raise ValueError(f"lengths {len(a)} and {len(b)} differ")
    return (a * b).sum()
