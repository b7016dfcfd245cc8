"""Correct but slow: count the window starts one by one."""

# timed at 10.5-12.8x the reference alone (20 runs), 9.3-12.5x on a machine three times
# busier (4 runs), 3.3-25.6x when other checks ran beside it; max_ratio 6
EXPECTED_STATUS = "slow"


def conv_output_size(size, kernel, padding=0, stride=1, dilation=1):
    if size < 1 or kernel < 1 or stride < 1 or dilation < 1 or padding < 0:
        raise ValueError("size, kernel, stride, dilation must be >= 1 and padding >= 0")
    last_tap = dilation * (kernel - 1)
    count = 0
    start = 0
    while start + last_tap < size + 2 * padding:
        count += 1
        start += stride
    if count == 0:
        raise ValueError("the dilated kernel is wider than the padded input")
    return count
