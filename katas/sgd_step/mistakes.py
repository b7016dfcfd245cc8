"""Mistake models of the sgd_step kata: what a learner who makes each mistake returns.

Each function takes sgd_step's arguments and computes the wrong theta that
mistake gives. The harness names a mistake only when a learner's answer matches
its model on a failing test's input.
"""

from harness.diagnosis import mistake


@mistake(
    "you decay the weights after the gradient step, shrinking the new theta: the decay λ·θ is "
    "added to the gradient at the old theta, θ - lr·(grad + λθ), as torch.optim.SGD does"
)
def weight_decay_after_the_step(theta, grad, lr, weight_decay=0.0):
    stepped = theta - lr * grad
    return stepped - lr * weight_decay * stepped


@mistake(
    "you subtract weight_decay·θ without multiplying it by lr: the decay is part of the "
    "gradient, so the step is lr·(grad + weight_decay·θ)"
)
def weight_decay_not_multiplied_by_lr(theta, grad, lr, weight_decay=0.0):
    return theta - lr * grad - weight_decay * theta


@mistake("you ignore weight_decay: add weight_decay·θ to the gradient before the step")
def weight_decay_ignored(theta, grad, lr, weight_decay=0.0):
    return theta - lr * grad


@mistake(
    "you add 2·weight_decay·θ, the gradient of λ‖θ‖²: PyTorch's weight decay adds λθ itself "
    "(the gradient of (λ/2)‖θ‖²)"
)
def weight_decay_doubled(theta, grad, lr, weight_decay=0.0):
    return theta - lr * (grad + 2.0 * weight_decay * theta)


@mistake("you add the step to theta, which climbs the loss: subtract it, θ - lr·(grad + λθ)")
def step_added_to_theta(theta, grad, lr, weight_decay=0.0):
    return theta + lr * (grad + weight_decay * theta)
