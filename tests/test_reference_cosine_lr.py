"""The cosine_lr reference against PyTorch's LambdaLR (Hugging Face's lambda), CosineAnnealingLR
and an independent plain-Python schedule."""

from __future__ import annotations

import math

import pytest

from conftest import import_torch
from harness.catalog import load_catalog
from harness.proxy import import_file

cosine_lr = import_file(load_catalog()["cosine_lr"].solution_path, "ref_cosine_lr").cosine_lr

SCHEDULES = [(100, 10), (100, 0), (37, 36), (1, 0), (1, 1), (250, 50), (12, 12)]  # (total, warmup)


def _hugging_face_lambda(warmup_steps: int, total_steps: int):
    """transformers.optimization._get_cosine_schedule_with_warmup_lr_lambda, num_cycles 0.5."""

    def lr_lambda(step: int) -> float:
        if step < warmup_steps:
            return float(step) / float(max(1, warmup_steps))
        progress = float(step - warmup_steps) / float(max(1, total_steps - warmup_steps))
        return max(0.0, 0.5 * (1.0 + math.cos(math.pi * 0.5 * 2.0 * progress)))

    return lr_lambda


def _torch_rates(torch, scheduler_of, base_lr: float, steps: int) -> list[float]:
    parameter = torch.nn.Parameter(torch.zeros(1, dtype=torch.float64))
    optimizer = torch.optim.SGD([parameter], lr=base_lr)
    scheduler = scheduler_of(optimizer)
    rates = []
    for _ in range(steps):
        rates.append(optimizer.param_groups[0]["lr"])
        optimizer.step()
        scheduler.step()
    return rates


@pytest.mark.parametrize(("total_steps", "warmup_steps"), SCHEDULES)
def test_reference_matches_hugging_face_through_torch_lambda_lr(total_steps: int, warmup_steps: int) -> None:
    """With min_lr = 0 and before total_steps, the rate is base_lr times Hugging Face's lambda."""
    torch = import_torch()
    base_lr = 3e-4
    lr_lambda = _hugging_face_lambda(warmup_steps, total_steps)
    rates = _torch_rates(
        torch, lambda optimizer: torch.optim.lr_scheduler.LambdaLR(optimizer, lr_lambda), base_lr, total_steps
    )
    for step, rate in enumerate(rates):
        assert cosine_lr(step, total_steps, base_lr, warmup_steps) == pytest.approx(
            rate, rel=1e-12, abs=1e-18
        )
    for step in range(total_steps, total_steps + 30):  # held, where Hugging Face's climbs back up
        assert cosine_lr(step, total_steps, base_lr, warmup_steps) == 0.0


@pytest.mark.parametrize("min_lr", [0.0, 1e-3, 0.05])
@pytest.mark.parametrize("total_steps", [1, 7, 100])
def test_reference_matches_torch_cosine_annealing_without_warmup(total_steps: int, min_lr: float) -> None:
    torch = import_torch()
    base_lr = 0.1
    rates = _torch_rates(
        torch,
        lambda optimizer: torch.optim.lr_scheduler.CosineAnnealingLR(
            optimizer, T_max=total_steps, eta_min=min_lr
        ),
        base_lr,
        total_steps + 1,
    )
    for step, rate in enumerate(rates):  # torch's recursive form drifts by rounding: rel 1e-9
        assert cosine_lr(step, total_steps, base_lr, 0, min_lr) == pytest.approx(rate, rel=1e-9, abs=1e-15)


def test_reference_matches_a_plain_python_schedule() -> None:
    """The whole schedule step by step: the warm-up as a running sum of equal increments, the decay
    as cos² of half the angle ((1 + cos x)/2 = cos²(x/2)), then the floor."""
    for total_steps, warmup_steps in SCHEDULES:
        for base_lr, min_lr in ((1.0, 0.0), (0.02, 0.005), (5e-4, 5e-4)):
            warmup_rate = 0.0
            for step in range(total_steps + 20):
                if step < warmup_steps:
                    expected = warmup_rate
                    warmup_rate += base_lr / warmup_steps
                elif step < total_steps:
                    angle = math.pi * (step - warmup_steps) / (total_steps - warmup_steps)
                    expected = min_lr + (base_lr - min_lr) * math.cos(angle / 2.0) ** 2
                else:
                    expected = min_lr
                rate = cosine_lr(step, total_steps, base_lr, warmup_steps, min_lr)
                assert type(rate) is float
                assert rate == pytest.approx(expected, rel=1e-12, abs=1e-15), (
                    step,
                    total_steps,
                    warmup_steps,
                )


@pytest.mark.parametrize(
    ("step", "total_steps", "warmup_steps"), [(0, 0, 0), (0, -1, 0), (0, 10, 11), (0, 10, -1), (-1, 10, 0)]
)
def test_reference_raises_value_error_for_impossible_schedules(
    step: int, total_steps: int, warmup_steps: int
):
    with pytest.raises(ValueError):
        cosine_lr(step, total_steps, 0.1, warmup_steps)
