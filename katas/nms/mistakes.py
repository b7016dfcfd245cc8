"""Mistake models of the nms kata: what a learner who makes each mistake returns.

Each function takes nms's arguments and computes the wrong answer that mistake
gives (or raises what it raises). The harness names a mistake only when a
learner's answer matches its model on a failing test's input. Where two models
give the same answer on one input, the one defined first is named when nothing
else tells them apart, so the narrower mistakes come first.
"""

import numpy as np

from harness.diagnosis import mistake

# -- helpers: the right computation, in pieces that the models change one at a time


def _order(scores, kind="stable"):
    """Box indices by descending score, equal scores in index order."""
    return np.argsort(-np.asarray(scores), kind=kind)


def _iou_with(boxes, best, rest, plus=0.0, epsilon=0.0, zero_union_gives_nan=False):
    """IoU of box best with each box of rest (an index array); plus is the pixel convention's +1."""
    boxes = np.asarray(boxes)
    x1, y1, x2, y2 = (boxes[rest, column] for column in range(4))
    bx1, by1, bx2, by2 = boxes[best]
    width = np.maximum(np.minimum(bx2, x2) - np.maximum(bx1, x1) + plus, 0)
    height = np.maximum(np.minimum(by2, y2) - np.maximum(by1, y1) + plus, 0)
    intersection = width * height
    area_best = max(bx2 - bx1 + plus, 0) * max(by2 - by1 + plus, 0)
    areas = np.maximum(x2 - x1 + plus, 0) * np.maximum(y2 - y1 + plus, 0)
    union = area_best + areas - intersection
    if epsilon or zero_union_gives_nan:
        return intersection / (union + epsilon)
    return np.divide(intersection, union, out=np.zeros_like(union), where=union > 0)


def _greedy(order, suppresses):
    """Kept indices of greedy NMS over order; suppresses(best, rest) says which of rest best drops."""
    remaining, kept = np.asarray(order), []
    while remaining.size:
        best, rest = remaining[0], remaining[1:]
        kept.append(best)
        remaining = rest[~suppresses(best, rest)]
    return np.array(kept, dtype=np.int64)


def _nms(boxes, scores, iou_threshold):
    return _greedy(_order(scores), lambda best, rest: _iou_with(boxes, best, rest) > iou_threshold)


# -- which boxes suppress, and when


@mistake(
    "a box you dropped still drops others: you compare each box with every box that scored "
    "higher, but only KEPT boxes suppress (A drops B, B overlaps C, A and C are apart: C is "
    "kept); compare each box with the boxes kept so far"
)
def suppressed_boxes_also_suppress(boxes, scores, iou_threshold):
    order = _order(scores)
    kept = [
        order[position]
        for position in range(len(order))
        if not np.any(_iou_with(boxes, order[position], order[:position]) > iou_threshold)
    ]
    return np.array(kept, dtype=np.int64)


@mistake(
    "you drop a box whose IoU equals the threshold: torchvision drops only IoU > iou_threshold "
    "(strictly), so keep the boxes with IoU <= iou_threshold"
)
def greater_or_equal_threshold(boxes, scores, iou_threshold):
    return _greedy(_order(scores), lambda best, rest: _iou_with(boxes, best, rest) >= iou_threshold)


# -- the order of the boxes

TIES = (
    "equal scores are not in index order: among boxes with the same score the lower index "
    "comes first (and is kept when they overlap); np.argsort's default sort is not stable, and "
    'reversing an ascending argsort puts equal scores backwards: use np.argsort(-scores, kind="stable")'
)

SORTS = {
    "argsort_of_minus_scores": lambda scores: np.argsort(-scores),
    "argsort_reversed": lambda scores: np.argsort(scores)[::-1],
    "stable_argsort_reversed": lambda scores: np.argsort(scores, kind="stable")[::-1],
}


@mistake(TIES, sort=tuple(SORTS))
def ties_not_in_index_order(boxes, scores, iou_threshold, sort):
    order = SORTS[sort](np.asarray(scores))
    return _greedy(order, lambda best, rest: _iou_with(boxes, best, rest) > iou_threshold)


@mistake(
    "you go through the boxes from the lowest score up: NMS keeps the highest-scored box first "
    'and drops what it overlaps; sort by descending score, np.argsort(-scores, kind="stable")',
    kind=("stable", None),
)
def lowest_score_first(boxes, scores, iou_threshold, kind):
    order = np.argsort(np.asarray(scores), kind=kind)
    return _greedy(order, lambda best, rest: _iou_with(boxes, best, rest) > iou_threshold)


@mistake(
    "your kept indices are in index order (np.flatnonzero of a mask, or sorted): return them "
    "in the order you kept them, highest score first, as torchvision does"
)
def kept_indices_in_index_order(boxes, scores, iou_threshold):
    return np.sort(_nms(boxes, scores, iou_threshold))


# -- the IoU


@mistake(
    "you add 1 to every width and height (the old pixel convention): coordinates are "
    "continuous, a width is x2 - x1, and boxes that only touch have IoU 0"
)
def plus_one_in_widths_and_heights(boxes, scores, iou_threshold):
    return _greedy(_order(scores), lambda best, rest: _iou_with(boxes, best, rest, plus=1.0) > iou_threshold)


@mistake(
    "you divide by the union everywhere, so two zero-area boxes get IoU 0/0 = NaN, and your "
    "`iou <= iou_threshold` test then drops the box: a zero-area box has IoU 0 with every box "
    "and is never suppressed; divide only where the union is positive"
)
def zero_union_gives_nan(boxes, scores, iou_threshold):
    return _greedy(
        _order(scores),
        lambda best, rest: ~(_iou_with(boxes, best, rest, zero_union_gives_nan=True) <= iou_threshold),
    )


EPSILON = (
    "you add an epsilon to the union: it is not small next to a tiny box's area, so tiny "
    "boxes that overlap are not suppressed; divide by the exact union, and give 0 only where "
    "the union is 0"
)


# The epsilons learners write most (YOLOv5 uses 1e-7), and the smallest normal float.
@mistake(EPSILON, epsilon=(1e-6, 1e-7, 1e-8, 1e-9, 1e-10, float(np.finfo(np.float64).tiny)))
def epsilon_in_the_union(boxes, scores, iou_threshold, epsilon):
    return _greedy(
        _order(scores), lambda best, rest: _iou_with(boxes, best, rest, epsilon=epsilon) > iou_threshold
    )


# -- what is returned


@mistake(
    "you return a boolean mask of the kept boxes: return their indices, an int array, highest score first"
)
def boolean_mask(boxes, scores, iou_threshold):
    mask = np.zeros(len(scores), dtype=bool)
    mask[_nms(boxes, scores, iou_threshold)] = True
    return mask


@mistake("you return the kept boxes themselves: return their indices, an int array, highest score first")
def kept_boxes_not_indices(boxes, scores, iou_threshold):
    return np.asarray(boxes)[_nms(boxes, scores, iou_threshold)]


@mistake(
    "with no boxes you return np.array([]) (np.array of an empty list), which is float64: "
    "return an empty int array, np.array(kept, dtype=np.int64)"
)
def no_boxes_give_a_float_array(boxes, scores, iou_threshold):
    return np.array(_nms(boxes, scores, iou_threshold).tolist())


@mistake("your indices are floats: return an int array (np.int64, as torchvision), never a float one")
def float_indices(boxes, scores, iou_threshold):
    return _nms(boxes, scores, iou_threshold).astype(np.float64)


@mistake("you return a Python list: return a NumPy int array, np.array(kept, dtype=np.int64)")
def python_list(boxes, scores, iou_threshold):
    return _nms(boxes, scores, iou_threshold).tolist()
