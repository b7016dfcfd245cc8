"""PyTorch's nn.Linear layout (n_out, n_in), drawn another way (standard_normal times std)."""

import numpy as np

MISTAKES = "transposed_shape"


def init_weights(n_in, n_out, scheme, rng):
    if scheme == "he":
        std = np.sqrt(2 / n_in)
    elif scheme == "xavier":
        std = np.sqrt(2 / (n_in + n_out))
    else:
        raise ValueError("scheme must be 'he' or 'xavier'")
    return std * rng.standard_normal(size=(n_out, n_in))
