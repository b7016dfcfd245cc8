"""A one-line wrapper of scikit-learn: the kata is about writing it with NumPy."""

from sklearn.metrics import average_precision_score

EXPECTED = "this kata is about writing it with NumPy"
EXPECTED_STATUS = "error"


def average_precision(y_true, scores):
    return float(average_precision_score(y_true, scores))
