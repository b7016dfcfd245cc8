"""Mistake models of the iou kata: what a learner who makes each mistake returns.

Each function takes iou's arguments and computes the wrong answer that mistake
gives (or raises what it raises). The harness names a mistake only when a
learner's answer matches its model on a failing test's input. Where two models
raise the same exception type on one input, the one defined first is named when
nothing else tells them apart, so the narrower mistakes come first.
"""

import numpy as np

from harness.diagnosis import mistake

# -- helpers: the right computation, in pieces that the models change one at a time


def _columns(boxes_a, boxes_b):
    """x1, y1, x2, y2 of boxes_a as (n, 1) columns and of boxes_b as (m,) rows."""
    a = [column[:, None] for column in np.asarray(boxes_a).T]
    b = list(np.asarray(boxes_b).T)
    return a, b


def _area(x1, y1, x2, y2):
    return np.maximum(x2 - x1, 0) * np.maximum(y2 - y1, 0)


def _overlap(a, b):
    """The overlap's width and height, before any clamping (negative when apart)."""
    width = np.minimum(a[2], b[2]) - np.maximum(a[0], b[0])
    height = np.minimum(a[3], b[3]) - np.maximum(a[1], b[1])
    return width, height


def _ratio(intersection, union, where=None):
    """intersection / union where the union is positive (or where says), 0 elsewhere."""
    intersection, union = np.broadcast_arrays(intersection, union)
    out = np.zeros(union.shape, dtype=np.result_type(intersection, union))
    return np.divide(intersection, union, out=out, where=union > 0 if where is None else where)


def _iou(boxes_a, boxes_b):
    a, b = _columns(boxes_a, boxes_b)
    width, height = _overlap(a, b)
    intersection = np.maximum(width, 0) * np.maximum(height, 0)
    return _ratio(intersection, _area(*a) + _area(*b) - intersection)


def _row(box, boxes_b):
    return _iou(np.asarray(box)[None, :], boxes_b)[0]


# -- the shape of the result


@mistake(
    "you stack one row per box of boxes_a, and np.stack of no rows raises: with no boxes in "
    "boxes_a the result is an empty matrix of shape (0, m); broadcast whole columns instead"
)
def rows_stacked_for_no_boxes(boxes_a, boxes_b):
    return np.stack([_row(box, boxes_b) for box in boxes_a])


@mistake(
    "you build the matrix from a list of rows, so no boxes in boxes_a gives shape (0,), not "
    "(0, m); broadcast whole columns, or reshape to (len(boxes_a), len(boxes_b))"
)
def rows_from_a_python_list(boxes_a, boxes_b):
    return np.array([_row(box, boxes_b) for box in boxes_a])


@mistake(
    "you compare box i of boxes_a with box i of boxes_b only: result[i, j] is the IoU of "
    "boxes_a[i] with boxes_b[j], for every pair, a matrix of shape (n, m)"
)
def box_i_with_box_i_only(boxes_a, boxes_b):
    a = list(np.asarray(boxes_a).T)
    b = list(np.asarray(boxes_b).T)
    width, height = _overlap(a, b)
    intersection = np.maximum(width, 0) * np.maximum(height, 0)
    return _ratio(intersection, _area(*a) + _area(*b) - intersection)


@mistake(
    "your matrix is the wrong way round, (m, n): result[i, j] must be the IoU of boxes_a[i] "
    "with boxes_b[j], so boxes_a goes down the rows (boxes_a[:, None] against boxes_b[None, :])"
)
def rows_and_columns_swapped(boxes_a, boxes_b):
    return _iou(boxes_b, boxes_a)


# -- the intersection and the areas


@mistake(
    "you add 1 to every width and height (the old pixel convention): coordinates are "
    "continuous, a width is x2 - x1, and boxes that only touch have IoU 0"
)
def plus_one_in_widths_and_heights(boxes_a, boxes_b):
    a, b = _columns(boxes_a, boxes_b)
    width, height = _overlap(a, b)
    intersection = np.maximum(width + 1, 0) * np.maximum(height + 1, 0)

    def area(x1, y1, x2, y2):
        return np.maximum(x2 - x1 + 1, 0) * np.maximum(y2 - y1 + 1, 0)

    return _ratio(intersection, area(*a) + area(*b) - intersection)


@mistake(
    "you clamp the intersection's area at 0, not its width and height: for boxes apart in "
    "both x and y two negative overlaps multiply to a positive area; clamp each at 0 first"
)
def intersection_clamped_after_multiplying(boxes_a, boxes_b):
    a, b = _columns(boxes_a, boxes_b)
    width, height = _overlap(a, b)
    intersection = np.maximum(width * height, 0)
    return _ratio(intersection, _area(*a) + _area(*b) - intersection)


@mistake(
    "you do not clamp the overlap's width and height at 0: boxes apart give a negative (or "
    "positive) intersection; clamp each of them at 0 before multiplying"
)
def overlap_not_clamped(boxes_a, boxes_b):
    a, b = _columns(boxes_a, boxes_b)
    width, height = _overlap(a, b)
    intersection = width * height
    return _ratio(intersection, _area(*a) + _area(*b) - intersection)


@mistake(
    "your union is area_a + area_b, which counts the intersection twice: the union is "
    "area_a + area_b - intersection, so two identical boxes give 1, not 1/2"
)
def union_without_minus_intersection(boxes_a, boxes_b):
    a, b = _columns(boxes_a, boxes_b)
    width, height = _overlap(a, b)
    intersection = np.maximum(width, 0) * np.maximum(height, 0)
    return _ratio(intersection, _area(*a) + _area(*b))


@mistake(
    "you read boxes as [x, y, width, height]: they are corners [x1, y1, x2, y2], so a box's width is x2 - x1"
)
def boxes_read_as_x_y_width_height(boxes_a, boxes_b):
    def corners(boxes):
        boxes = np.asarray(boxes)
        return np.concatenate([boxes[:, :2], boxes[:, :2] + boxes[:, 2:]], axis=1)

    return _iou(corners(boxes_a), corners(boxes_b))


@mistake(
    "you sort each box's corners, which turns an inverted box (x2 < x1 or y2 < y1) into a "
    "valid one: an inverted box has area 0 and IoU 0 with every box; leave it as it is"
)
def inverted_boxes_reordered(boxes_a, boxes_b):
    def sort_corners(boxes):
        boxes = np.asarray(boxes)
        x = np.sort(boxes[:, 0::2], axis=1)
        y = np.sort(boxes[:, 1::2], axis=1)
        return np.stack([x[:, 0], y[:, 0], x[:, 1], y[:, 1]], axis=1)

    return _iou(sort_corners(boxes_a), sort_corners(boxes_b))


@mistake(
    "you take a box's area as (x2 - x1)(y2 - y1) unclamped, as torchvision does: an inverted "
    "box's negative area can cancel the other box's and give 0/0 = NaN; clamp each side at 0"
)
def negative_area_of_an_inverted_box(boxes_a, boxes_b):
    a, b = _columns(boxes_a, boxes_b)
    width, height = _overlap(a, b)
    intersection = np.maximum(width, 0) * np.maximum(height, 0)
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - intersection
    return intersection / union


# -- the division


@mistake(
    "you divide by the union everywhere: two zero-area boxes have a union of 0 and give "
    "0/0 = NaN; the IoU is 0 there, so divide only where the union is positive"
)
def zero_union_gives_nan(boxes_a, boxes_b):
    a, b = _columns(boxes_a, boxes_b)
    width, height = _overlap(a, b)
    intersection = np.maximum(width, 0) * np.maximum(height, 0)
    return intersection / (_area(*a) + _area(*b) - intersection)


EPSILON = (
    "you add an epsilon to the union: it is not small next to a tiny box's area, so tiny "
    "boxes come out wrong; divide by the exact union, and give 0 only where the union is 0"
)


# The epsilons learners write most (YOLOv5 uses 1e-7), and the smallest normal float.
@mistake(EPSILON, epsilon=(1e-6, 1e-7, 1e-8, 1e-9, 1e-10, float(np.finfo(np.float64).tiny)))
def epsilon_in_the_union(boxes_a, boxes_b, epsilon):
    a, b = _columns(boxes_a, boxes_b)
    width, height = _overlap(a, b)
    intersection = np.maximum(width, 0) * np.maximum(height, 0)
    return intersection / (_area(*a) + _area(*b) - intersection + epsilon)


THRESHOLD = (
    "you treat a small but positive union as 0, so tiny boxes get IoU 0: the IoU is 0 only "
    "where the union is exactly 0 (union > 0), with no threshold"
)


# 1e-8 is np.isclose(union, 0)'s atol.
@mistake(THRESHOLD, threshold=(1e-6, 1e-8, 1e-9, 1e-12))
def union_below_a_threshold_taken_as_zero(boxes_a, boxes_b, threshold):
    a, b = _columns(boxes_a, boxes_b)
    width, height = _overlap(a, b)
    intersection = np.maximum(width, 0) * np.maximum(height, 0)
    union = _area(*a) + _area(*b) - intersection
    return _ratio(intersection, union, where=union > threshold)
