"""numpy.histogram2d with one bin per class does the kata's whole job: refused."""

import numpy as np

EXPECTED = "which does this kata's whole job"
EXPECTED_STATUS = "error"


def confusion_matrix(y_true, y_pred, n_classes=None):
    if n_classes is None:
        n_classes = int(max(y_true.max(), y_pred.max())) + 1
    edges = np.arange(n_classes + 1) - 0.5
    counts, _, _ = np.histogram2d(y_true, y_pred, bins=[edges, edges])
    return counts.astype(np.int64)
