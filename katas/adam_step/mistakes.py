"""Mistake models of the adam_step kata: what a learner who makes each mistake returns.

Each function takes adam_step's arguments and computes the wrong (theta, m, v)
that mistake gives (or raises what it raises). The harness names a mistake only
when a learner's answer matches its model on a failing test's input.
"""

import numpy as np

from harness.diagnosis import mistake


def _moments(grad, m, v, beta1, beta2):
    return beta1 * m + (1.0 - beta1) * grad, beta2 * v + (1.0 - beta2) * grad**2


@mistake(
    "you divide by √(v̂ + ε), as the cheat sheet writes: ε goes outside the square root, "
    "√v̂ + ε, as in the Adam paper and PyTorch (it shows when gradients are tiny)"
)
def eps_inside_the_square_root(theta, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    m, v = _moments(grad, m, v, beta1, beta2)
    m_hat, v_hat = m / (1.0 - beta1**t), v / (1.0 - beta2**t)
    return theta - lr * m_hat / np.sqrt(v_hat + eps), m, v


@mistake(
    "you leave ε out of the denominator: divide m̂ by (√v̂ + ε), which bounds the step when "
    "gradients are tiny and keeps a zero gradient from giving 0/0 = NaN"
)
def eps_left_out(theta, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    m, v = _moments(grad, m, v, beta1, beta2)
    m_hat, v_hat = m / (1.0 - beta1**t), v / (1.0 - beta2**t)
    return theta - lr * m_hat / np.sqrt(v_hat), m, v


@mistake(
    "you move theta with the raw m and v: bias-correct them first, m̂ = m/(1-β₁ᵗ) and "
    "v̂ = v/(1-β₂ᵗ), so that step 1 from zero moments moves each weight by about lr"
)
def no_bias_correction(theta, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    m, v = _moments(grad, m, v, beta1, beta2)
    return theta - lr * m / (np.sqrt(v) + eps), m, v


@mistake(
    "you bias-correct with t-1, as if t counted from 0: t is the 1-based number of this step, "
    "so use β₁ᵗ and β₂ᵗ with t itself (with t-1, step 1 divides by 1-β⁰ = 0)"
)
def bias_correction_with_t_minus_one(theta, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    m, v = _moments(grad, m, v, beta1, beta2)
    m_hat, v_hat = m / (1.0 - beta1 ** (t - 1)), v / (1.0 - beta2 ** (t - 1))
    return theta - lr * m_hat / (np.sqrt(v_hat) + eps), m, v


@mistake(
    "you divide by (1-β)ᵗ, not 1-βᵗ: ** binds tighter than -, so write 1 - beta1**t (and "
    "1 - beta2**t); the bias correction tends to 1 as t grows"
)
def bias_correction_with_one_minus_beta_to_the_t(
    theta, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8
):
    m, v = _moments(grad, m, v, beta1, beta2)
    m_hat, v_hat = m / (1.0 - beta1) ** t, v / (1.0 - beta2) ** t
    return theta - lr * m_hat / (np.sqrt(v_hat) + eps), m, v


@mistake(
    "you bias-correct with t+1, as if t counted from 0: t is already the 1-based number of "
    "this step, so use β₁ᵗ and β₂ᵗ with t itself"
)
def bias_correction_with_t_plus_one(theta, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    m, v = _moments(grad, m, v, beta1, beta2)
    m_hat, v_hat = m / (1.0 - beta1 ** (t + 1)), v / (1.0 - beta2 ** (t + 1))
    return theta - lr * m_hat / (np.sqrt(v_hat) + eps), m, v


@mistake(
    "your v averages |g|: the second moment is the moving average of the squared gradient, v = β₂v + (1-β₂)g²"
)
def absolute_gradient_in_v(theta, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    m = beta1 * m + (1.0 - beta1) * grad
    v = beta2 * v + (1.0 - beta2) * np.abs(grad)
    m_hat, v_hat = m / (1.0 - beta1**t), v / (1.0 - beta2**t)
    return theta - lr * m_hat / (np.sqrt(v_hat) + eps), m, v


@mistake(
    "you move theta with the moments of the previous step: first update m and v with this "
    "step's gradient, then bias-correct them and move theta"
)
def theta_moved_with_the_old_moments(theta, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    m_hat, v_hat = m / (1.0 - beta1**t), v / (1.0 - beta2**t)
    theta = theta - lr * m_hat / (np.sqrt(v_hat) + eps)
    m, v = _moments(grad, m, v, beta1, beta2)
    return theta, m, v


@mistake(
    "you return the bias-corrected m̂ and v̂: return the raw moments m and v, which the next "
    "step feeds back in and corrects again"
)
def bias_corrected_moments_returned(theta, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    m, v = _moments(grad, m, v, beta1, beta2)
    m_hat, v_hat = m / (1.0 - beta1**t), v / (1.0 - beta2**t)
    return theta - lr * m_hat / (np.sqrt(v_hat) + eps), m_hat, v_hat


@mistake(
    "you return only theta: return the tuple (theta, m, v), the new parameters and the two "
    "new raw moments that the next step needs"
)
def returns_theta_only(theta, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    m, v = _moments(grad, m, v, beta1, beta2)
    m_hat, v_hat = m / (1.0 - beta1**t), v / (1.0 - beta2**t)
    return theta - lr * m_hat / (np.sqrt(v_hat) + eps)


@mistake(
    "you write fixed values for some of lr, beta1, beta2 and eps: use the arguments you are given, "
    "whose defaults are only defaults"
)
def hyperparameters_hard_coded(theta, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    m, v = _moments(grad, m, v, 0.9, 0.999)
    m_hat, v_hat = m / (1.0 - 0.9**t), v / (1.0 - 0.999**t)
    return theta - 1e-3 * m_hat / (np.sqrt(v_hat) + 1e-8), m, v


@mistake(
    "a 0-d theta (shape ()) comes back with shape (1,): do not np.atleast_1d, reshape or ravel "
    "the inputs, Adam works entry by entry on an array of any shape"
)
def zero_d_theta_made_one_d(theta, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    theta, grad, m, v = (np.atleast_1d(a) for a in (theta, grad, m, v))
    m, v = _moments(grad, m, v, beta1, beta2)
    m_hat, v_hat = m / (1.0 - beta1**t), v / (1.0 - beta2**t)
    return theta - lr * m_hat / (np.sqrt(v_hat) + eps), m, v


@mistake(
    "you fold the bias corrections into the step size and add ε to the raw √v (the paper's "
    "faster form), whose ε is not Algorithm 1's: add ε to √v̂, the corrected one, as PyTorch does"
)
def eps_added_to_the_uncorrected_sqrt_v(theta, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    m, v = _moments(grad, m, v, beta1, beta2)
    step_size = lr * np.sqrt(1.0 - beta2**t) / (1.0 - beta1**t)
    return theta - step_size * m / (np.sqrt(v) + eps), m, v


@mistake(
    "your m adds the whole gradient (m = β₁m + g, the momentum line): Adam's first moment is "
    "a moving average, m = β₁m + (1-β₁)g"
)
def first_moment_without_one_minus_beta1(theta, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    m = beta1 * m + grad
    v = beta2 * v + (1.0 - beta2) * grad**2
    m_hat, v_hat = m / (1.0 - beta1**t), v / (1.0 - beta2**t)
    return theta - lr * m_hat / (np.sqrt(v_hat) + eps), m, v


@mistake("you bias-correct v with β₁: the second moment has its own decay rate, v̂ = v/(1-β₂ᵗ)")
def v_corrected_with_beta1(theta, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    m, v = _moments(grad, m, v, beta1, beta2)
    m_hat, v_hat = m / (1.0 - beta1**t), v / (1.0 - beta1**t)
    return theta - lr * m_hat / (np.sqrt(v_hat) + eps), m, v


@mistake(
    "you divide by v̂ + ε: divide by its square root, √v̂ + ε, so that each weight moves by "
    "about lr whatever the scale of its gradient"
)
def no_square_root_of_v(theta, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    m, v = _moments(grad, m, v, beta1, beta2)
    m_hat, v_hat = m / (1.0 - beta1**t), v / (1.0 - beta2**t)
    return theta - lr * m_hat / (v_hat + eps), m, v


@mistake("you add the step to theta, which climbs the loss: subtract it, θ - lr·m̂/(√v̂ + ε)")
def step_added_to_theta(theta, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    m, v = _moments(grad, m, v, beta1, beta2)
    m_hat, v_hat = m / (1.0 - beta1**t), v / (1.0 - beta2**t)
    return theta + lr * m_hat / (np.sqrt(v_hat) + eps), m, v
