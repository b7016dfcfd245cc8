"""Mistake models of the momentum_step kata: what a learner who makes each mistake returns.

Each function takes momentum_step's arguments and computes the wrong
(theta, velocity) that mistake gives. The harness names a mistake only when a
learner's answer matches its model on a failing test's input.
"""

from harness.diagnosis import mistake


@mistake(
    "your velocity is a moving average, βv + (1-β)·grad (dampening, or Adam's first moment): "
    "PyTorch's momentum adds the whole gradient, v = βv + grad"
)
def velocity_as_a_moving_average(theta, grad, velocity, lr, beta=0.9):
    new_velocity = beta * velocity + (1.0 - beta) * grad
    return theta - lr * new_velocity, new_velocity


@mistake(
    "you use Sutskever's form, v = βv - lr·grad and θ = θ + v: here the velocity is PyTorch's, "
    "v = βv + grad, and lr multiplies the whole step, θ = θ - lr·v"
)
def sutskever_form(theta, grad, velocity, lr, beta=0.9):
    new_velocity = beta * velocity - lr * grad
    return theta + new_velocity, new_velocity


@mistake(
    "you put lr inside the velocity, v = βv + lr·grad, and subtract v: lr multiplies the whole "
    "velocity, v = βv + grad and θ = θ - lr·v"
)
def lr_inside_the_velocity(theta, grad, velocity, lr, beta=0.9):
    new_velocity = beta * velocity + lr * grad
    return theta - new_velocity, new_velocity


@mistake(
    "you move theta with the velocity of the previous step: update the velocity with this "
    "step's gradient first, then θ = θ - lr·v with the new v"
)
def theta_moved_with_the_old_velocity(theta, grad, velocity, lr, beta=0.9):
    return theta - lr * velocity, beta * velocity + grad


@mistake(
    "you return the velocity you were given: return the new one, β·velocity + grad, which the next step needs"
)
def old_velocity_returned(theta, grad, velocity, lr, beta=0.9):
    return theta - lr * (beta * velocity + grad), velocity.copy()


@mistake("you add the step to theta, which climbs the loss: subtract it, θ - lr·v")
def step_added_to_theta(theta, grad, velocity, lr, beta=0.9):
    new_velocity = beta * velocity + grad
    return theta + lr * new_velocity, new_velocity


@mistake("you write β = 0.9: use the beta argument, whose default is only a default")
def beta_hard_coded(theta, grad, velocity, lr, beta=0.9):
    new_velocity = 0.9 * velocity + grad
    return theta - lr * new_velocity, new_velocity


@mistake(
    "you take a Nesterov step, θ - lr·(grad + β·v) (PyTorch's nesterov=True): plain momentum "
    "moves theta by the new velocity itself, θ - lr·v"
)
def nesterov_step(theta, grad, velocity, lr, beta=0.9):
    new_velocity = beta * velocity + grad
    return theta - lr * (grad + beta * new_velocity), new_velocity
