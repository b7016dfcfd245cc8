"""The variance 2/n_in passed as rng.normal's scale, which is the standard deviation."""

MISTAKES = "variance_as_std"


def init_weights(n_in, n_out, scheme, rng):
    if scheme == "xavier":
        variance = 2.0 / (n_in + n_out)
    elif scheme == "he":
        variance = 2.0 / n_in
    else:
        raise ValueError(f"unknown scheme: {scheme}")
    return rng.normal(loc=0.0, scale=variance, size=(n_in, n_out))
