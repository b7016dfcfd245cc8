"""Reference solution of the als_user_update kata."""

import numpy as np


def als_user_update(R: np.ndarray, observed: np.ndarray, Q: np.ndarray, reg: float) -> np.ndarray:
    """The ALS update of every user's factors, with the item factors Q fixed.

    R (n_users, n_items) holds ratings where the bool mask observed is True (anything
    finite elsewhere); Q is (n_items, k). Returns a new (n_users, k) array whose row u
    solves (Q_Ωᵀ Q_Ω + reg·I) p = Q_Ωᵀ r_Ω over the items Ω user u rated, and zeros for
    a user with no observation.
    Source: Hu, Koren and Volinsky, "Collaborative filtering for implicit feedback
    datasets" (ICDM 2008), and Spark MLlib's ALS with plain (not weighted) λ.
    """
    k = Q.shape[1]
    mask = observed.astype(Q.dtype)
    gram = np.einsum("ui,ik,il->ukl", mask, Q, Q, optimize=True)  # Q_Ωᵀ Q_Ω for each user
    gram += reg * np.eye(k)  # in place: a float32 gram stays float32
    right = np.where(observed, R, 0.0) @ Q  # Q_Ωᵀ r_Ω, whatever R holds where unobserved
    nobody = ~observed.any(axis=1)
    gram[nobody] = np.eye(k)  # no observation: solve I p = 0 (singular when reg = 0)
    return np.linalg.solve(gram, right[:, :, None])[:, :, 0]
