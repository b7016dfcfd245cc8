"""Correct but unvectorised over the batch: flatten the leading dims, loop, fill with -inf."""

import math

import numpy as np

# timed at 14.2-15.2x the reference alone (5 runs), 14.9-15.9x in the test's timed batch
# (5 runs); max_ratio 6
EXPECTED_STATUS = "slow"


def scaled_dot_product_attention(Q, K, V, mask=None):
    lead = Q.shape[:-2]
    L_q, L_k = Q.shape[-2], K.shape[-2]
    if mask is None:
        mask = np.ones((L_q, L_k), dtype=bool)
    masks = np.broadcast_to(mask, lead + (L_q, L_k)).reshape(-1, L_q, L_k)
    queries = Q.reshape(-1, L_q, Q.shape[-1])
    keys = K.reshape(-1, L_k, K.shape[-1])
    values = V.reshape(-1, L_k, V.shape[-1])
    out = np.empty((queries.shape[0], L_q, V.shape[-1]), dtype=np.result_type(Q, K, V))
    for b in range(queries.shape[0]):
        scores = queries[b] @ keys[b].T / math.sqrt(Q.shape[-1])
        scores = np.where(masks[b], scores, -np.inf)
        for i in range(L_q):
            row = np.exp(scores[i] - scores[i].max())
            out[b, i] = (row / row.sum()) @ values[b]
    return out.reshape(lead + (L_q, V.shape[-1]))
