"""A one-line wrapper of scikit-learn's roc_auc_score: the kata is about writing it with NumPy."""

from sklearn.metrics import roc_auc_score

EXPECTED = "this kata is about writing it with NumPy"
EXPECTED_STATUS = "error"


def roc_auc(y_true, scores):
    return float(roc_auc_score(y_true, scores))
