"""Diagnosis: what differs (harness.compare), which mistake matches (harness.diagnosis), the lead.

Each test gives the mechanism an answer whose cause is known and checks the
sentence or the mistake it names; the kata-level figures are
tests/test_submissions.py's and benchmarks/diagnosis_figures.py's.
"""

from __future__ import annotations

import numpy as np
import pytest

from harness import results
from harness.catalog import load_catalog
from harness.compare import difference, distance
from harness.diagnosis import Diagnosis, Mistake, kata_mistakes, lead, matching, matching_raise
from harness.proxy import GraderFault
from harness.report import kata_text


def test_a_column_where_a_vector_is_due_is_a_shape_difference_not_a_value():
    found = difference(np.zeros((3, 1)), np.zeros(3))
    assert (
        found.kind == "shape"
        and found.text == "your result has shape (3, 1), expected (3,) (an extra axis of length 1)"
    )


def test_a_float32_answer_to_a_float64_input_is_a_dtype_difference():
    found = difference(np.zeros(3, dtype=np.float32), np.zeros(3))
    assert found.kind == "dtype" and "float32" in found.text


def test_a_transposed_answer_is_called_transposed():
    expected = np.arange(9.0).reshape(3, 3)
    found = difference(expected.T.copy(), expected)
    assert found.kind == "value" and "transposed" in found.text


def test_a_constant_factor_is_named_with_its_value():
    expected = np.array([1.0, 2.0, 3.0])
    assert "constant factor of 4" in difference(4 * expected, expected).text


def test_a_constant_shift_is_named_with_its_value():
    expected = np.array([1.0, 2.0, 3.0])
    assert "constant +0.5" in difference(expected + 0.5, expected).text


def test_the_worst_element_its_index_and_the_count_are_given():
    expected = np.array([[1.0, 2.0], [3.0, 4.0]])
    actual = expected.copy()
    actual[1, 0] = 3.3
    text = difference(actual, expected).text
    assert "wrong at [1, 0]: got 3.3, expected 3" in text and "1 of 4 elements wrong" in text


def test_nan_where_a_number_is_due_is_never_close():
    found = difference(np.array([np.nan, 1.0]), np.array([0.5, 1.0]))
    assert found is not None and "nan" in found.text


def test_an_array_where_an_int_is_due_is_a_type_difference():
    found = difference(np.array([3]), 3)
    assert found.kind == "type" and "convert with int(...)" in found.text


def test_a_matching_answer_has_no_difference_and_distance_zero():
    x = np.linspace(0.0, 1.0, 5)
    assert difference(x.copy(), x) is None and distance(x.copy(), x) == 0.0
    assert distance(np.zeros(2), np.zeros(3)) == float("inf")


def test_a_dict_answer_names_the_key_of_the_first_wrong_value():
    expected = (0.5, {"W1": np.eye(2), "b1": np.zeros(2)})
    wrong = (0.5, {"b1": np.zeros(2), "W1": np.array([[1.0, 0.0], [0.5, 1.0]])})  # keys in any order
    found = difference(wrong, expected)
    assert found.kind == "value" and found.text.startswith("your result[1]['W1'] is wrong at [1, 0]")
    assert difference((0.5, {"b1": np.zeros(2), "W1": np.eye(2)}), expected) is None
    assert distance(wrong, expected) == pytest.approx(0.5 / 1e-12) and distance(expected, expected) == 0.0


def test_a_dict_with_a_missing_or_extra_key_is_a_type_difference_that_names_the_keys():
    expected = {"W1": np.eye(2), "b1": np.zeros(2)}
    found = difference({"W1": np.eye(2), "db1": np.zeros(2)}, expected)
    assert found.kind == "type"
    assert found.text == (
        "your result has no key 'b1' and an unexpected key 'db1'; expected the keys 'W1', 'b1'"
    )
    assert difference([np.eye(2), np.zeros(2)], expected).text == (
        "your result is a list of length 2, expected a dict with keys 'W1', 'b1'"
    )
    assert distance({"W1": np.eye(2)}, expected) == float("inf")


def test_expect_with_a_part_judges_that_item_alone_and_names_the_mistake_from_it():
    from harness import checks
    from harness.proxy import CallResult

    def right(x):
        return float(x.sum()), {"W1": 2 * x, "b1": x[0].copy()}

    def doubled_w1(x):
        return float(x.sum()), {"W1": 4 * x, "b1": x[0].copy()}

    class Proxy:
        def __init__(self, answer):
            self.answer = answer

        def call(self, *args, **kwargs):
            return CallResult(self.answer, list(args), {})

    checks.use_kata(load_catalog()["softmax"])
    checks._context.mistakes = [Mistake("doubled_w1", "you double dW1", doubled_w1)]
    x = np.array([[1.0, 2.0], [3.0, 4.0]])
    wrong = Proxy(doubled_w1(x))
    assert checks.expect(wrong, right, x, part=(1, "b1")) is wrong.answer[1]["b1"]  # the item is right
    with pytest.raises(checks.Diagnosed) as failed:
        checks.expect(wrong, right, x, part=(1, "W1"))
    diagnosis = failed.value.diagnosis
    assert diagnosis.mistake == "doubled_w1" and diagnosis.detail.startswith("your result[1]['W1'] is wrong")
    with pytest.raises(checks.Diagnosed) as failed:  # no such item: the whole answer is compared
        checks.expect(Proxy((10.0, {"b1": x[0]})), right, x, part=(1, "W1"))
    assert failed.value.diagnosis.detail.startswith("your result[1] has no key 'W1'")


def _global_max(x):
    e = np.exp(x - np.max(x))
    return e / e.sum(axis=-1, keepdims=True)


def _softmax(x):
    e = np.exp(x - np.max(x, axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


GLOBAL_MAX = Mistake("global_max", "one max of the whole array", _global_max)
DOUBLED = Mistake("doubled", "twice the answer", lambda x: 2 * _softmax(x))


def test_a_mistake_is_named_when_the_answer_matches_its_model():
    x = np.array([[0.0, 1.0], [-1000.0, -1001.0]])
    with np.errstate(all="ignore"):
        answer = _global_max(x)
    assert matching([DOUBLED, GLOBAL_MAX], answer, _softmax(x), (x,), {}) == [
        ("global_max", "one max of the whole array")
    ]


def test_no_mistake_is_named_on_an_input_where_its_model_gives_the_right_answer():
    x = np.array([[0.0, 1.0], [2.0, 3.0]])  # global max changes nothing here
    wrong = _softmax(x) + 0.1
    assert matching([GLOBAL_MAX], wrong, _softmax(x), (x,), {}) == []


def test_no_mistake_is_named_when_the_answer_is_merely_near_the_model():
    x = np.array([[0.0, 1.0], [2.0, 3.0]])
    near_doubled = 2 * _softmax(x) * (1 + 1e-2)
    assert matching([DOUBLED], near_doubled, _softmax(x), (x,), {}) == []


def test_a_raise_matches_a_model_only_with_the_same_type_and_message():
    def no_keepdims(x):
        return x - x.max(axis=-1)

    model = Mistake("no_keepdims", "no keepdims", no_keepdims)
    x = np.zeros((2, 3))
    message = "operands could not be broadcast together with shapes (2,3) (2,) "
    assert matching_raise([model], "ValueError", message, (x,), {}) == [("no_keepdims", "no keepdims")]
    assert matching_raise([model], "ValueError", "not written yet", (x,), {}) == []


def test_the_lead_is_the_mistake_most_tests_share_and_every_test_it_explains_names_it():
    both = Diagnosis.of("d1", "value", [("b", "B"), ("a", "A")])
    only_a = Diagnosis.of("d2", "value", [("a", "A")])
    unexplained = Diagnosis.of("d3", "shape", [])
    leader, count = lead([both, only_a, unexplained])
    assert (leader.mistake, count) == ("a", 2)
    assert both.mistake == "a" and both.says == "A"  # its nearest was b; the lead explains it too
    assert unexplained.mistake is None and unexplained.says == "d3"


def test_without_any_mistake_the_first_difference_leads():
    first, second = Diagnosis.of("d1", "value", []), Diagnosis.of("d1", "value", [])
    assert lead([first, second]) == (first, 2)


def test_a_report_with_one_mistake_leads_with_it_and_fits_80_columns():
    kata = load_catalog()["softmax"]
    says = kata_mistakes(kata, None)[0].says
    tests = [results.TestOutcome(f"test number {i}", "pass") for i in range(10)]
    for i in range(9):
        diagnosis = Diagnosis.of(f"your result is wrong at [{i}]", "value", [("first", says)])
        tests.append(results.TestOutcome(f"failing test {i}", "fail", diagnosis.says, diagnosis=diagnosis))
    lines = kata_text(results.tests_verdict(kata, tests))
    assert lines[1].startswith("  Most likely: ") and "(matches 9 of 9 failing tests)" in " ".join(lines)
    assert "  ✓ 10 tests passed" in lines or "  ok 10 tests passed" in lines
    assert any("... and 5 more with the same mistake" in line for line in lines)
    assert len(lines) <= 15 and max(map(len, lines)) <= 80


def test_every_kata_gets_the_common_float32_mistake_from_its_reference():
    kata = load_catalog()["softmax"]
    keys = [m.key for m in kata_mistakes(kata, _softmax)]
    assert "float32" in keys and "one_max_for_the_whole_array" in keys


def test_a_broken_mistakes_file_is_a_grader_fault(tmp_path, monkeypatch):
    from harness import diagnosis

    (tmp_path / "mistakes.py").write_text("import no_such_module_anywhere\n")
    with pytest.raises(GraderFault, match="mistakes.py does not load"):
        diagnosis._mistakes_of(tmp_path, "broken")


def test_a_zero_d_array_and_a_numpy_scalar_are_the_same_answer_but_dtypes_still_count():
    assert difference(np.array(0.5), np.float64(0.5)) is None
    assert difference(np.float64(0.5), np.array(0.5)) is None
    assert difference(np.array(0.5, dtype=np.float32), np.float64(0.5)).kind == "dtype"
    assert difference(np.array([0.5]), np.float64(0.5)).kind == "type"


def test_a_models_own_raise_matches_by_type_but_a_numpy_error_needs_its_message():
    def checks_too_much(size):
        if size <= 1:
            raise ValueError("the output would be too small")
        return size

    model = Mistake("checks_too_much", "rejects 1", checks_too_much)
    assert matching_raise([model], "ValueError", "output too small", (1,), {}) == [
        ("checks_too_much", "rejects 1")
    ]
    assert matching_raise([model], "TypeError", "output too small", (1,), {}) == []


def test_a_mistake_with_variants_matches_whichever_constant_the_learner_wrote():
    from harness.diagnosis import mistake

    @mistake("an epsilon in the denominator", epsilon=(1e-6, 1e-9))
    def epsilon_added(x, epsilon):
        return x / (x + epsilon)

    model = Mistake(
        "epsilon_added", "an epsilon in the denominator", epsilon_added, epsilon_added.__kata_mistake__[1]
    )
    x = np.array([1e-6, 1.0])
    expected = x / x
    assert matching([model], x / (x + 1e-9), expected, (x,), {}) == [("epsilon_added", model.says)]
    assert matching([model], x / (x + 1e-6), expected, (x,), {}) == [("epsilon_added", model.says)]
    assert matching([model], x / (x + 1e-3), expected, (x,), {}) == []


def test_a_mistake_contradicted_by_more_tests_than_it_explains_is_not_named():
    coincidence = Diagnosis.of("d1", "value", [("eps_inside", "E")], ["other"])
    against = [Diagnosis.of(f"d{i}", "value", [], ["eps_inside"]) for i in (2, 3)]
    leader, count = lead([coincidence, *against])
    assert leader.mistake is None and coincidence.mistake is None and coincidence.says == "d1"
    assert count == 1


def test_an_in_place_change_names_the_argument_that_changed():
    from harness import checks

    class Proxy:
        def call(self, *args, **kwargs):
            from harness.proxy import CallResult

            changed = [a.copy() if isinstance(a, np.ndarray) else a for a in args]
            changed[2][0] += 1.0  # the third argument, m
            return CallResult(None, changed, {})

    checks.use_kata(load_catalog()["adam_step"])
    arrays = [np.zeros((2, 3)) for _ in range(4)]
    with pytest.raises(checks.Diagnosed) as failed:
        checks.assert_inputs_unchanged(Proxy(), *arrays, 1)
    assert failed.value.diagnosis.detail == "your function changed its input m in place"


def test_a_mistake_that_explains_fewer_than_half_of_the_failures_is_only_possible():
    kata = load_catalog()["softmax"]
    tests = []
    for i in range(3):
        candidates = [("first", "the first mistake")] if i == 0 else []
        diagnosis = Diagnosis.of(f"your result is wrong at [{i}]", "value", candidates)
        tests.append(results.TestOutcome(f"failing test {i}", "fail", diagnosis.says, diagnosis=diagnosis))
    lines = kata_text(results.tests_verdict(kata, tests))
    assert lines[1] == "  Possibly: the first mistake (matches 1 of 3 failing tests)"


def test_a_raise_is_reported_with_its_line_and_inputs_and_raises_from_one_line_fold():
    from harness import checks
    from harness.proxy import LearnerRaised

    checks.use_kata(load_catalog()["softmax"])
    reply = {"type": "ValueError", "mro": ["ValueError", "Exception"], "message": "axes don't match array"}
    reply["traceback"] = ["softmax.py, line 7, in softmax: return x.transpose(0, 2, 1)"]
    tests = []
    for shape in ((2, 3), (4, 5)):
        failed = checks._raised(LearnerRaised(reply), (np.zeros(shape),), {"axis": 0})
        assert failed.diagnosis.brief == (
            f"raised ValueError: axes don't match array at line 7, on x=float64 {shape}, axis=0"
        )
        tests.append(results.TestOutcome(f"test {shape}", "fail", str(failed), diagnosis=failed.diagnosis))
    lines = kata_text(results.tests_verdict(load_catalog()["softmax"], tests))
    from harness.report import _marks

    assert lines[1:3] == [
        f"  {_marks()['fail']} test (2, 3): raised ValueError: axes don't match array at line 7, on",
        "    x=float64 (2, 3), axis=0",
    ]
    assert "    ... and 1 more test: the same failure" in lines


def test_a_right_answer_that_warned_fails_only_where_the_test_asks_for_no_warnings():
    from harness import checks
    from harness.proxy import CallResult

    x = np.array([0.0, 1000.0])
    reference = load_catalog()["softmax"]

    class Proxy:
        def call(self, *args, **kwargs):
            value = np.exp(args[0] - args[0].max()) / np.exp(args[0] - args[0].max()).sum()
            return CallResult(value, list(args), {}, ["RuntimeWarning: overflow encountered in exp (line 4)"])

    checks.use_kata(reference)

    def softmax(x):
        return np.exp(x - x.max()) / np.exp(x - x.max()).sum()

    assert checks.expect(Proxy(), softmax, x) is not None  # warnings are not judged by default
    with pytest.raises(checks.Diagnosed) as failed:
        checks.expect(Proxy(), softmax, x, no_warnings=True)
    diagnosis = failed.value.diagnosis
    assert diagnosis.mistake == "warns" and diagnosis.found == "warned"
    assert diagnosis.detail == (
        "your function warned RuntimeWarning: overflow encountered in exp (line 4), on x=float64 (2,)"
    )


def test_an_input_list_whose_arrays_were_sorted_in_place_is_seen():
    from harness import checks
    from harness.proxy import CallResult

    class Proxy:
        def call(self, *args, **kwargs):
            children = [np.sort(child) for child in args[1]]  # what child.sort() leaves behind
            return CallResult(0.5, [args[0], children], {})

    checks.use_kata(load_catalog()["softmax"])
    parent, children = np.array([2, 1, 2, 1]), [np.array([2, 1]), np.array([2, 1])]
    with pytest.raises(checks.Diagnosed) as failed:
        checks.assert_inputs_unchanged(Proxy(), parent, children)
    assert failed.value.diagnosis.detail.endswith("changed its input axis in place")  # softmax names


def test_none_is_an_answer_of_its_own():
    """best_split answers (None, 0.0) when no threshold exists."""
    assert difference((None, 0.0), (None, 0.0)) is None
    assert difference((2.5, 0.0), (None, 0.0)).text == "your result[0] is a float, expected None"
    assert distance(None, None) == 0.0 and distance(2.5, None) == float("inf")


def test_a_tuple_where_a_list_is_due_is_a_type_difference_but_a_list_for_a_tuple_passes():
    """clip_grad_norm returns a list of arrays (the catalog says so); a pair may come as a list."""
    due = ([np.ones(2), np.zeros(3)], 1.5)
    assert difference(([np.ones(2), np.zeros(3)], 1.5), due) is None
    found = difference(((np.ones(2), np.zeros(3)), 1.5), due)
    assert found.kind == "type"
    assert found.text == "your result[0] is a tuple of length 2, expected a list of 2 values"
    assert distance(((np.ones(2), np.zeros(3)), 1.5), due) == float("inf")
    assert difference([np.ones(2), 1.5], (np.ones(2), 1.5)) is None
    assert (
        difference(np.ones(2), [np.ones(2)]).text
        == "your result is an array of shape (2,), expected a list of 1 values"
    )


def test_a_float_matrix_where_ints_are_due_is_not_called_float32():
    """Only a float64 input answered in float32 is the float32 mistake; float counts are not."""
    from harness import checks

    checks.use_kata(load_catalog()["softmax"])
    found = difference(np.zeros((2, 2)), np.zeros((2, 2), dtype=np.int64))
    failed = checks._diagnosed(found, np.zeros((2, 2)), np.zeros((2, 2), dtype=np.int64), (), {}, {})
    assert failed.diagnosis.mistake is None and "expected an int dtype" in failed.diagnosis.says


def test_strings_are_compared_for_equality_and_name_both_values():
    assert difference([("the", "fox")], [("the", "fox")]) is None
    assert distance([("the", "fox")], [("the", "fox")]) == 0.0
    found = difference([("the", "cat")], [("the", "fox")])
    assert found is not None and "your result[0][1] is 'cat', expected 'fox'" in found.text
    assert difference([(1, "fox")], [("1", "fox")]) is not None
    assert distance([("the", "cat")], [("the", "fox")]) == float("inf")
