"""Subtle: the stable formula, exact for float64 inputs, but float32 inputs stay float32 throughout."""

import numpy as np

MISTAKES = "float32_inputs_computed_in_float32"


def bce_with_logits(y_true, logits):
    return float(np.mean(np.maximum(logits, 0) - logits * y_true + np.log1p(np.exp(-np.abs(logits)))))
