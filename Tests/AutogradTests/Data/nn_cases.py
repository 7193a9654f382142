"""Generates nn_cases.json: torch.nn.functional / nn.init / optim / data-loading behaviour from real PyTorch.

Documentation only: the Swift tests read the JSON and never run this script.
Run: /path/to/torch/python Tests/AutogradTests/Data/nn_cases.py > Tests/AutogradTests/Data/nn_cases.json
Sections:
  ops      forward values, grad_fn names, next_functions and gradients; each name in OPS is mirrored by a
           closure of the same name in NNOpTable.swift ("exact": the Swift result must match bit for bit)
  errors   "ExcType: message" (and warnings) of failing or warning calls, one Swift closure per name in
           NNErrorCaseTests.swift
  rng      seeded draws: dropout masks, init weights, randperm, multinomial, bernoulli, DataLoader order
  training per-step losses and parameters of seeded training loops (SGD with momentum, Adam, AdamW)
"""
import json
import math
import re
import warnings

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

rng = np.random.default_rng(20260412)
F32, F64, I64 = "float32", "float64", "int64"


def values(shape, low=-2.0, high=2.0, positive=False):
    n = int(np.prod(shape)) if shape else 1
    v = rng.uniform(0.05 if positive else low, high, size=n)
    return [float(np.float32(x)) for x in v]


def spec(shape, dtype=F32, grad=True, **kw):
    return {"shape": list(shape), "dtype": dtype, "requires_grad": grad, "data": values(shape, **kw)}


def probs(shape, grad=True, dtype=F32):
    s = spec(shape, dtype=dtype, grad=grad, low=0.02, high=0.98)
    s["data"] = [min(max(x, 0.02), 0.98) for x in s["data"]]
    return s


def targets(shape, classes, ignore=None):
    n = int(np.prod(shape)) if shape else 1
    data = [int(x) for x in rng.integers(0, classes, size=n)]
    if ignore is not None:
        data[0] = ignore
    return {"shape": list(shape), "dtype": I64, "requires_grad": False, "data": data}


def const(shape, data, dtype=F32, grad=False):
    return {"shape": list(shape), "dtype": dtype, "requires_grad": grad, "data": data}


OPS = {
    # linear: addmm for 2-D input with bias, flattened addmm for other contiguous inputs, matmul without bias
    "linear_2d": lambda x, w, b: F.linear(x, w, b),
    "linear_1d": lambda x, w, b: F.linear(x, w, b),
    "linear_3d": lambda x, w, b: F.linear(x, w, b),
    "linear_nobias_2d": lambda x, w: F.linear(x, w),
    "linear_nobias_1d": lambda x, w: F.linear(x, w),
    "linear_nobias_3d": lambda x, w: F.linear(x, w),
    "linear_noncontig_3d": lambda x, w, b: F.linear(x.transpose(0, 1), w, b),
    "linear_scalar_bias_3d": lambda x, w, b: F.linear(x, w, b),
    "addmm": lambda b, m1, m2: torch.addmm(b, m1, m2),
    # activations
    "relu": lambda x: F.relu(x),
    "leaky_relu": lambda x: F.leaky_relu(x),
    "leaky_relu_02": lambda x: F.leaky_relu(x, 0.2),
    "sigmoid": lambda x: torch.sigmoid(x),
    "tanh": lambda x: torch.tanh(x),
    "softmax_dim1": lambda x: F.softmax(x, dim=1),
    "softmax_dim0": lambda x: F.softmax(x, dim=0),
    "softmax_last3d": lambda x: F.softmax(x, dim=-1),
    "softmax_mid3d": lambda x: F.softmax(x, dim=1),
    "softmax_1d": lambda x: F.softmax(x, dim=0),
    "softmax_double": lambda x: F.softmax(x, dim=1, dtype=torch.float64),
    "log_softmax_dim1": lambda x: F.log_softmax(x, dim=1),
    "log_softmax_dim0": lambda x: F.log_softmax(x, dim=0),
    "log_softmax_last3d": lambda x: F.log_softmax(x, dim=-1),
    "log_softmax_mid3d": lambda x: F.log_softmax(x, dim=1),
    "log_softmax_wide": lambda x: F.log_softmax(x, dim=1),
    # losses
    "mse_mean": lambda x, y: F.mse_loss(x, y),
    "mse_sum": lambda x, y: F.mse_loss(x, y, reduction="sum"),
    "mse_none": lambda x, y: F.mse_loss(x, y, reduction="none"),
    "l1_mean": lambda x, y: F.l1_loss(x, y),
    "l1_sum": lambda x, y: F.l1_loss(x, y, reduction="sum"),
    "l1_none": lambda x, y: F.l1_loss(x, y, reduction="none"),
    "bce_mean": lambda x, y: F.binary_cross_entropy(x, y),
    "bce_sum": lambda x, y: F.binary_cross_entropy(x, y, reduction="sum"),
    "bce_none": lambda x, y: F.binary_cross_entropy(x, y, reduction="none"),
    "bce_weight": lambda x, y, w: F.binary_cross_entropy(x, y, weight=w),
    "bce_logits_mean": lambda x, y: F.binary_cross_entropy_with_logits(x, y),
    "bce_logits_none": lambda x, y: F.binary_cross_entropy_with_logits(x, y, reduction="none"),
    "bce_logits_pos_weight": lambda x, y, p: F.binary_cross_entropy_with_logits(x, y, pos_weight=p),
    "bce_logits_weight_sum": lambda x, y, w: F.binary_cross_entropy_with_logits(x, y, weight=w, reduction="sum"),
    "nll_mean": lambda x, t: F.nll_loss(x, t),
    "nll_sum": lambda x, t: F.nll_loss(x, t, reduction="sum"),
    "nll_none": lambda x, t: F.nll_loss(x, t, reduction="none"),
    "nll_weight": lambda x, t, w: F.nll_loss(x, t, weight=w),
    "nll_weight_sum": lambda x, t, w: F.nll_loss(x, t, weight=w, reduction="sum"),
    "nll_ignore": lambda x, t: F.nll_loss(x, t, ignore_index=2),
    "nll_1d": lambda x, t: F.nll_loss(x, t),
    "nll_spatial": lambda x, t: F.nll_loss(x, t),
    "nll_spatial_none": lambda x, t: F.nll_loss(x, t, reduction="none"),
    "nll_big_batch": lambda x, t: F.nll_loss(x, t),
    "ce_mean": lambda x, t: F.cross_entropy(x, t),
    "ce_sum": lambda x, t: F.cross_entropy(x, t, reduction="sum"),
    "ce_none": lambda x, t: F.cross_entropy(x, t, reduction="none"),
    "ce_weight": lambda x, t, w: F.cross_entropy(x, t, weight=w),
    "ce_ignore": lambda x, t: F.cross_entropy(x, t, ignore_index=-100),
    "ce_1d": lambda x, t: F.cross_entropy(x, t),
    "ce_probs": lambda x, y: F.cross_entropy(x, y),
    "ce_probs_sum": lambda x, y: F.cross_entropy(x, y, reduction="sum"),
    "ce_probs_none": lambda x, y: F.cross_entropy(x, y, reduction="none"),
    "ce_probs_weight": lambda x, y, w: F.cross_entropy(x, y, weight=w),
    "ce_probs_smooth": lambda x, y: F.cross_entropy(x, y, label_smoothing=0.2),
    "ce_smooth": lambda x, t: F.cross_entropy(x, t, label_smoothing=0.1),
    "ce_smooth_sum": lambda x, t: F.cross_entropy(x, t, label_smoothing=0.1, reduction="sum"),
    "ce_smooth_none": lambda x, t: F.cross_entropy(x, t, label_smoothing=0.3, reduction="none"),
    "ce_smooth_weight": lambda x, t, w: F.cross_entropy(x, t, weight=w, label_smoothing=0.25),
    "ce_smooth_ignore": lambda x, t: F.cross_entropy(x, t, ignore_index=0, label_smoothing=0.1),
    "ce_spatial": lambda x, t: F.cross_entropy(x, t),
    # normalisation, convolution, pooling, padding
    "batch_norm_train": lambda x, rm, rv, w, b: F.batch_norm(x, rm, rv, w, b, training=True),
    "batch_norm_train_noaffine": lambda x, rm, rv: F.batch_norm(x, rm, rv, training=True, momentum=0.3),
    "batch_norm_train_nostats": lambda x, w, b: F.batch_norm(x, None, None, w, b, training=True),
    "batch_norm_eval": lambda x, rm, rv, w, b: F.batch_norm(x, rm, rv, w, b, training=False),
    "conv2d": lambda x, w, b: F.conv2d(x, w, b),
    "conv2d_nobias": lambda x, w: F.conv2d(x, w),
    "conv2d_stride_pad": lambda x, w, b: F.conv2d(x, w, b, stride=2, padding=1),
    "conv2d_dilation": lambda x, w: F.conv2d(x, w, dilation=2, padding=(1, 0)),
    "conv2d_groups": lambda x, w, b: F.conv2d(x, w, b, groups=2),
    "conv2d_same_odd": lambda x, w: F.conv2d(x, w, padding="same"),
    "conv2d_same_even": lambda x, w, b: F.conv2d(x, w, b, padding="same"),
    "conv2d_valid": lambda x, w: F.conv2d(x, w, padding="valid"),
    "conv2d_unbatched": lambda x, w, b: F.conv2d(x, w, b),
    "max_pool2d": lambda x: F.max_pool2d(x, 2),
    "max_pool2d_stride_pad": lambda x: F.max_pool2d(x, 3, stride=2, padding=1),
    "max_pool2d_ceil": lambda x: F.max_pool2d(x, 2, stride=2, ceil_mode=True),
    "max_pool2d_dilation": lambda x: F.max_pool2d(x, 2, stride=1, dilation=2),
    "max_pool2d_ties": lambda x: F.max_pool2d(x, 2),
    "max_pool2d_3d": lambda x: F.max_pool2d(x, (2, 1)),
    "avg_pool2d": lambda x: F.avg_pool2d(x, 2),
    "avg_pool2d_pad": lambda x: F.avg_pool2d(x, 3, stride=2, padding=1),
    "avg_pool2d_pad_exclude": lambda x: F.avg_pool2d(x, 3, stride=2, padding=1, count_include_pad=False),
    "avg_pool2d_ceil": lambda x: F.avg_pool2d(x, 2, stride=2, ceil_mode=True),
    "avg_pool2d_divisor": lambda x: F.avg_pool2d(x, 2, divisor_override=3),
    "adaptive_avg_pool2d": lambda x: F.adaptive_avg_pool2d(x, (2, 3)),
    "adaptive_avg_pool2d_1": lambda x: F.adaptive_avg_pool2d(x, 1),
    "adaptive_avg_pool2d_none": lambda x: F.adaptive_avg_pool2d(x, (None, 2)),
    "pad_constant": lambda x: F.pad(x, (1, 2)),
    "pad_constant_value": lambda x: F.pad(x, (1, 1, 2, 0), value=-1.5),
    "pad_constant_crop": lambda x: F.pad(x, (-1, 1)),
    "pad_reflect_1d": lambda x: F.pad(x, (2, 1), mode="reflect"),
    "pad_reflect_2d": lambda x: F.pad(x, (1, 1, 2, 1), mode="reflect"),
    "pad_replicate_1d": lambda x: F.pad(x, (3, 1), mode="replicate"),
    "pad_replicate_2d": lambda x: F.pad(x, (1, 2, 0, 1), mode="replicate"),
    "unflatten": lambda x: x.unflatten(1, (2, -1)),
    "flatten": lambda x: torch.flatten(x, 1),
    "dropout_eval": lambda x: F.dropout(x, 0.5, training=False),
    "dropout_p0": lambda x: F.dropout(x, 0.0),
    "dropout_p1": lambda x: F.dropout(x, 1.0),
}

EXACT = {
    "relu", "leaky_relu", "leaky_relu_02",
    "softmax_dim1", "softmax_dim0", "softmax_last3d", "softmax_mid3d", "softmax_1d", "log_softmax_dim1",
    "log_softmax_dim0", "log_softmax_last3d", "log_softmax_mid3d", "mse_mean", "mse_sum", "mse_none",
    "l1_mean", "l1_sum", "l1_none", "bce_mean", "bce_sum", "bce_none", "bce_weight", "nll_mean", "nll_sum",
    "nll_none", "nll_weight", "nll_weight_sum", "nll_ignore", "nll_1d", "nll_spatial", "nll_spatial_none",
    "nll_big_batch", "ce_none", "ce_1d", "batch_norm_train", "batch_norm_train_noaffine",
    "batch_norm_train_nostats", "batch_norm_eval", "max_pool2d", "max_pool2d_stride_pad", "max_pool2d_ceil",
    "max_pool2d_dilation", "max_pool2d_ties", "max_pool2d_3d", "avg_pool2d", "avg_pool2d_pad",
    "avg_pool2d_pad_exclude", "avg_pool2d_ceil", "avg_pool2d_divisor", "adaptive_avg_pool2d",
    "adaptive_avg_pool2d_1", "adaptive_avg_pool2d_none", "pad_constant", "pad_constant_value",
    "pad_constant_crop", "pad_reflect_1d", "pad_reflect_2d", "pad_replicate_1d", "pad_replicate_2d",
    "unflatten", "flatten", "dropout_eval", "dropout_p0", "dropout_p1",
}

CASES = [
    ("linear_2d", [spec([4, 3]), spec([2, 3]), spec([2])]),
    ("linear_1d", [spec([3]), spec([2, 3]), spec([2])]),
    ("linear_3d", [spec([2, 4, 3]), spec([5, 3]), spec([5])]),
    ("linear_nobias_2d", [spec([4, 3]), spec([2, 3])]),
    ("linear_nobias_1d", [spec([3]), spec([2, 3])]),
    ("linear_nobias_3d", [spec([2, 2, 3]), spec([2, 3])]),
    ("linear_noncontig_3d", [spec([4, 2, 3]), spec([2, 3]), spec([2])]),
    ("linear_scalar_bias_3d", [spec([2, 2, 3]), spec([2, 3]), spec([])]),
    ("linear_2d", [spec([3, 2], grad=False), spec([2, 2]), spec([2])]),
    ("linear_2d", [spec([3, 4], dtype=F64), spec([2, 4], dtype=F64), spec([2], dtype=F64)]),
    ("addmm", [spec([2]), spec([3, 4]), spec([4, 2])]),
    ("addmm", [spec([1, 2]), spec([3, 4], grad=False), spec([4, 2])]),
    ("relu", [spec([2, 5])]),
    ("leaky_relu", [spec([2, 5])]),
    ("leaky_relu_02", [spec([7])]),
    ("leaky_relu_02", [spec([3], dtype=F64)]),
    ("sigmoid", [spec([6])]),
    ("tanh", [spec([6])]),
    ("softmax_dim1", [spec([3, 4], low=-4, high=4)]),
    ("softmax_dim1", [spec([2, 23], low=-5, high=5)]),
    ("softmax_dim0", [spec([3, 4], low=-4, high=4)]),
    ("softmax_dim0", [spec([3, 37], low=-4, high=4)]),
    ("softmax_last3d", [spec([2, 3, 5])]),
    ("softmax_mid3d", [spec([2, 3, 18])]),
    ("softmax_1d", [spec([9])]),
    ("softmax_1d", [spec([40], low=-6, high=6)]),
    ("softmax_double", [spec([2, 3])]),
    ("softmax_dim1", [spec([2, 3], dtype=F64)]),
    ("log_softmax_dim1", [spec([3, 4], low=-4, high=4)]),
    ("log_softmax_dim1", [spec([2, 35], low=-4, high=4)]),
    ("log_softmax_dim0", [spec([4, 3])]),
    ("log_softmax_last3d", [spec([2, 2, 6])]),
    ("log_softmax_mid3d", [spec([2, 4, 20])]),
    ("log_softmax_wide", [spec([3, 100], low=-8, high=8)]),
    ("log_softmax_dim1", [spec([2, 3], dtype=F64)]),
    ("mse_mean", [spec([4, 3]), spec([4, 3], grad=False)]),
    ("mse_mean", [spec([50]), spec([50])]),
    ("mse_sum", [spec([5]), spec([5], grad=False)]),
    ("mse_none", [spec([2, 3]), spec([2, 3])]),
    ("mse_mean", [spec([3, 1]), spec([3], grad=False)]),
    ("mse_mean", [spec([3]), spec([2, 3], grad=False)]),
    ("mse_mean", [spec([4], dtype=F64), spec([4], dtype=F64)]),
    ("l1_mean", [spec([4, 3]), spec([4, 3], grad=False)]),
    ("l1_sum", [spec([5]), spec([5])]),
    ("l1_none", [spec([2, 3]), spec([2, 3], grad=False)]),
    ("bce_mean", [probs([6]), probs([6], grad=False)]),
    ("bce_mean", [probs([2, 3]), const([2, 3], [1, 0, 1, 1, 0, 0])]),
    ("bce_sum", [probs([5]), probs([5])]),
    ("bce_none", [probs([4]), const([4], [1, 0, 0, 1])]),
    ("bce_weight", [probs([2, 3]), probs([2, 3], grad=False), spec([3], grad=False, positive=True)]),
    ("bce_mean", [probs([3], dtype=F64), probs([3], dtype=F64, grad=False)]),
    ("bce_logits_mean", [spec([6], low=-5, high=5), probs([6], grad=False)]),
    ("bce_logits_none", [spec([2, 3]), const([2, 3], [1, 0, 1, 1, 0, 0])]),
    ("bce_logits_pos_weight", [spec([2, 3]), probs([2, 3]), spec([3], grad=False, positive=True)]),
    ("bce_logits_weight_sum", [spec([4]), probs([4], grad=False), spec([4], grad=False, positive=True)]),
    ("nll_mean", [spec([4, 3]), targets([4], 3)]),
    ("nll_sum", [spec([5, 4]), targets([5], 4)]),
    ("nll_none", [spec([3, 4]), targets([3], 4)]),
    ("nll_weight", [spec([6, 3]), targets([6], 3), spec([3], grad=False, positive=True)]),
    ("nll_weight_sum", [spec([6, 3]), targets([6], 3), spec([3], grad=False, positive=True)]),
    ("nll_ignore", [spec([5, 3]), targets([5], 3, ignore=2)]),
    ("nll_1d", [spec([4]), targets([], 4)]),
    ("nll_spatial", [spec([2, 3, 4]), targets([2, 4], 3)]),
    ("nll_spatial", [spec([2, 3, 2, 2]), targets([2, 2, 2], 3)]),
    ("nll_spatial_none", [spec([2, 3, 4]), targets([2, 4], 3)]),
    ("nll_big_batch", [spec([100, 3]), targets([100], 3)]),
    ("nll_weight", [spec([70, 2]), targets([70], 2), spec([2], grad=False, positive=True)]),
    ("ce_mean", [spec([4, 3]), targets([4], 3)]),
    ("ce_mean", [spec([8, 5], low=-4, high=4), targets([8], 5)]),
    ("ce_sum", [spec([3, 4]), targets([3], 4)]),
    ("ce_none", [spec([3, 4]), targets([3], 4)]),
    ("ce_weight", [spec([5, 3]), targets([5], 3), spec([3], grad=False, positive=True)]),
    ("ce_ignore", [spec([4, 3]), const([4], [0, -100, 2, 1], dtype=I64)]),
    ("ce_1d", [spec([5]), targets([], 5)]),
    ("ce_probs", [spec([3, 4]), probs([3, 4], grad=False)]),
    ("ce_probs_sum", [spec([2, 3]), probs([2, 3])]),
    ("ce_probs_none", [spec([2, 3]), probs([2, 3], grad=False)]),
    ("ce_probs_weight", [spec([3, 3]), probs([3, 3], grad=False), spec([3], grad=False, positive=True)]),
    ("ce_probs_smooth", [spec([2, 4]), probs([2, 4], grad=False)]),
    ("ce_smooth", [spec([4, 3]), targets([4], 3)]),
    ("ce_smooth_sum", [spec([4, 3]), targets([4], 3)]),
    ("ce_smooth_none", [spec([4, 3]), targets([4], 3)]),
    ("ce_smooth_weight", [spec([5, 4]), targets([5], 4), spec([4], grad=False, positive=True)]),
    ("ce_smooth_ignore", [spec([5, 3]), const([5], [0, 1, 2, 0, 1], dtype=I64)]),
    ("ce_spatial", [spec([2, 3, 4]), targets([2, 4], 3)]),
    ("ce_mean", [spec([3, 4], dtype=F64), targets([3], 4)]),
    # The inputs of ../shared/conformance-nn/03_losses.md, so its printed values are checked here too.
    ("mse_mean", [const([4], [2.5, 0.0, 2.0, 8.0], grad=True), const([4], [3.0, -0.5, 2.0, 7.0])]),
    ("mse_sum", [const([4], [2.5, 0.0, 2.0, 8.0]), const([4], [3.0, -0.5, 2.0, 7.0])]),
    ("mse_none", [const([4], [2.5, 0.0, 2.0, 8.0]), const([4], [3.0, -0.5, 2.0, 7.0])]),
    ("bce_mean", [const([3], [0.9, 0.2, 0.6]), const([3], [1.0, 0.0, 0.0])]),
    ("bce_mean", [const([2], [0.0, 1.0]), const([2], [1.0, 0.0])]),
    ("bce_logits_mean", [const([3], [2.0, -1.0, 0.5], grad=True), const([3], [1.0, 0.0, 0.0])]),
    ("ce_mean", [const([2, 3], [2.0, 1.0, 0.1, 0.5, 2.5, 0.3], grad=True), const([2], [0, 1], dtype=I64)]),
    ("ce_none", [const([2, 3], [2.0, 1.0, 0.1, 0.5, 2.5, 0.3]), const([2], [0, 1], dtype=I64)]),
    ("ce_probs", [const([2, 3], [2.0, 1.0, 0.1, 0.5, 2.5, 0.3]), const([2, 3], [1.0, 0.0, 0.0, 0.0, 0.5, 0.5])]),
    ("ce_1d", [const([3], [0.2, 0.8, -1.0]), const([], [1], dtype=I64)]),
    ("batch_norm_train", [spec([5, 3]), spec([3], grad=False), spec([3], grad=False, positive=True), spec([3]), spec([3])]),
    ("batch_norm_train", [spec([2, 4]), spec([4], grad=False), spec([4], grad=False, positive=True), spec([4]), spec([4])]),
    ("batch_norm_train", [spec([3, 2, 4]), spec([2], grad=False), spec([2], grad=False, positive=True), spec([2]), spec([2])]),
    ("batch_norm_train", [spec([2, 3, 2, 2]), spec([3], grad=False), spec([3], grad=False, positive=True), spec([3]), spec([3])]),
    ("batch_norm_train", [spec([7, 2, 1]), spec([2], grad=False), spec([2], grad=False, positive=True), spec([2]), spec([2])]),
    ("batch_norm_train_noaffine", [spec([6, 3]), spec([3], grad=False), spec([3], grad=False, positive=True)]),
    ("batch_norm_train_nostats", [spec([4, 2, 3]), spec([2]), spec([2])]),
    ("batch_norm_eval", [spec([4, 3]), spec([3], grad=False), spec([3], grad=False, positive=True), spec([3]), spec([3])]),
    ("batch_norm_eval", [spec([2, 2, 3]), spec([2], grad=False), spec([2], grad=False, positive=True), spec([2]), spec([2])]),
    ("batch_norm_train", [spec([4, 3], dtype=F64), spec([3], dtype=F64, grad=False),
                          spec([3], dtype=F64, grad=False, positive=True), spec([3], dtype=F64), spec([3], dtype=F64)]),
    ("conv2d", [spec([2, 3, 5, 5]), spec([4, 3, 3, 3]), spec([4])]),
    ("conv2d_nobias", [spec([1, 2, 4, 6]), spec([3, 2, 2, 3])]),
    ("conv2d_stride_pad", [spec([1, 2, 6, 5]), spec([2, 2, 3, 3]), spec([2])]),
    ("conv2d_dilation", [spec([1, 1, 6, 6]), spec([2, 1, 2, 2])]),
    ("conv2d_groups", [spec([1, 4, 4, 4]), spec([6, 2, 2, 2]), spec([6])]),
    ("conv2d_same_odd", [spec([1, 2, 4, 4]), spec([2, 2, 3, 3])]),
    ("conv2d_same_even", [spec([1, 1, 4, 5]), spec([2, 1, 2, 2]), spec([2])]),
    ("conv2d_valid", [spec([1, 1, 4, 4]), spec([1, 1, 3, 2])]),
    ("conv2d_unbatched", [spec([2, 4, 4]), spec([3, 2, 2, 2]), spec([3])]),
    ("conv2d", [spec([1, 2, 4, 4], dtype=F64), spec([2, 2, 3, 3], dtype=F64), spec([2], dtype=F64)]),
    ("max_pool2d", [spec([2, 2, 4, 4])]),
    ("max_pool2d_stride_pad", [spec([1, 2, 5, 5])]),
    ("max_pool2d_ceil", [spec([1, 1, 5, 5])]),
    ("max_pool2d_dilation", [spec([1, 1, 5, 5])]),
    ("max_pool2d_ties", [const([1, 1, 4, 4], [1, 1, 2, 0, 1, 1, 2, 2, 3, 0, 5, 5, 0, 3, 5, 5], grad=True)]),
    ("max_pool2d_3d", [spec([2, 4, 3])]),
    ("avg_pool2d", [spec([2, 2, 4, 4])]),
    ("avg_pool2d_pad", [spec([1, 2, 5, 5])]),
    ("avg_pool2d_pad_exclude", [spec([1, 1, 5, 4])]),
    ("avg_pool2d_ceil", [spec([1, 1, 5, 5])]),
    ("avg_pool2d_divisor", [spec([1, 1, 4, 4])]),
    ("adaptive_avg_pool2d", [spec([1, 2, 5, 7])]),
    ("adaptive_avg_pool2d_1", [spec([2, 3, 3, 3])]),
    ("adaptive_avg_pool2d_none", [spec([3, 4, 5])]),
    ("pad_constant", [spec([2, 3])]),
    ("pad_constant_value", [spec([1, 2, 3])]),
    ("pad_constant_crop", [spec([2, 4])]),
    ("pad_reflect_1d", [spec([2, 4])]),
    ("pad_reflect_2d", [spec([1, 3, 4])]),
    ("pad_replicate_1d", [spec([1, 2, 3])]),
    ("pad_replicate_2d", [spec([1, 1, 3, 3])]),
    ("unflatten", [spec([2, 6])]),
    ("flatten", [spec([2, 3, 2])]),
    ("dropout_eval", [spec([4])]),
    ("dropout_p0", [spec([4])]),
    ("dropout_p1", [spec([2, 2])]),
]


def flat(t):
    return [float(v) if t.dtype.is_floating_point else (bool(v) if t.dtype == torch.bool else int(v))
            for v in t.detach().reshape(-1).tolist()]


def strip_trigger(line):
    """Drops the build-specific ` (Triggered internally at <path>:<line>.)` tail, as the corpus does."""
    return re.sub(r" \(Triggered internally at .*\)$", "", line)


def make(s):
    t = torch.tensor(s["data"], dtype=getattr(torch, s["dtype"])).reshape(s["shape"])
    return t.requires_grad_(s["requires_grad"]) if t.dtype.is_floating_point else t


def run_ops():
    out = []
    for name, specs in CASES:
        inputs = [make(s) for s in specs]
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            result = OPS[name](*inputs)
        seed = torch.tensor(values(list(result.shape)), dtype=result.dtype).reshape(result.shape)
        if result.requires_grad:
            result.backward(seed)
        fn = result.grad_fn
        out.append({
            "op": name,
            "exact": name in EXACT and all(s["dtype"] != F64 for s in specs) and result.dtype == torch.float32,
            "inputs": specs,
            "output": {"shape": list(result.shape), "dtype": str(result.dtype).replace("torch.", ""),
                       "values": flat(result), "repr": repr(result)},
            "grad_fn": type(fn).__name__ if fn is not None else None,
            "next_functions": [] if fn is None else
            [None if f is None else type(f).__name__ for f, _ in fn.next_functions],
            "warnings": [strip_trigger(f"{w.category.__name__}: {w.message}") for w in caught],
            "seed": flat(seed),
            "grads": [flat(t.grad) if t.grad is not None else None for t in inputs],
            # Inputs after the call (batch_norm updates its running statistics in place).
            "inputs_after": [flat(t) for t in inputs],
        })
    return out


ERRORS = {
    # linear / addmm
    "linear_1d_wrong": "F.linear(torch.ones(5), torch.ones(2, 3), torch.ones(2))",
    "linear_2d_wrong": "F.linear(torch.ones(4, 5), torch.ones(2, 3), torch.ones(2))",
    "linear_3d_wrong_nobias": "F.linear(torch.ones(2, 4, 5), torch.ones(2, 3))",
    "linear_1d_wrong_nobias": "F.linear(torch.ones(5), torch.ones(2, 3))",
    "linear_int_input": "F.linear(torch.tensor([[1, 2, 3]]), torch.ones(2, 3), torch.ones(2))",
    "linear_int_input_nobias": "F.linear(torch.ones(2, 3, dtype=torch.long), torch.ones(2, 3))",
    "linear_double_bias": "F.linear(torch.ones(2, 3), torch.ones(2, 3), torch.ones(2, dtype=torch.float64))",
    "linear_bias_shape": "F.linear(torch.ones(2, 3), torch.ones(2, 3), torch.ones(3))",
    "linear_scalar": "F.linear(torch.tensor(1.), torch.ones(2, 3), torch.ones(2))",
    "linear_weight_1d_bias": "F.linear(torch.ones(4, 3), torch.ones(3), torch.ones(()))",
    "addmm_self_1d_mat1": "torch.addmm(torch.ones(2), torch.ones(3), torch.ones(3, 2))",
    # activations
    "softmax_long": "F.softmax(torch.tensor([1, 2]), dim=0)",
    "log_softmax_long": "F.log_softmax(torch.tensor([1, 2]), dim=0)",
    "softmax_dim_range": "F.softmax(torch.ones(2, 3), dim=2)",
    "softmax_long_dim0": "F.softmax(torch.ones(2, 3, dtype=torch.long), dim=0)",
    "leaky_relu_long": "F.leaky_relu(torch.tensor([1, -2]))",
    # losses
    "mse_long": "F.mse_loss(torch.ones(3, dtype=torch.long), torch.zeros(3, dtype=torch.long))",
    "mse_not_broadcastable": "F.mse_loss(torch.ones(3), torch.zeros(4))",
    "reduction_invalid": "F.mse_loss(torch.ones(3), torch.zeros(3), reduction='avg')",
    "l1_long": "F.l1_loss(torch.ones(3, dtype=torch.long), torch.zeros(3, dtype=torch.long))",
    "bce_input_range": "F.binary_cross_entropy(torch.tensor([1.5]), torch.tensor([1.0]))",
    "bce_nan_input": "F.binary_cross_entropy(torch.tensor([float('nan')]), torch.tensor([1.0]))",
    "bce_target_range": "F.binary_cross_entropy(torch.tensor([0.5]), torch.tensor([1.5]))",
    "bce_size": "F.binary_cross_entropy(torch.tensor([[0.5], [0.5]]), torch.tensor([1.0, 0.0]))",
    "bce_weight": "F.binary_cross_entropy(torch.tensor([0.5, 0.5]), torch.tensor([1., 0.]), weight=torch.ones(3))",
    "bce_long_target": "F.binary_cross_entropy(torch.tensor([0.5, 0.5]), torch.tensor([1, 0]))",
    "bce_double_target": "F.binary_cross_entropy(torch.tensor([0.5]), torch.tensor([1.], dtype=torch.float64))",
    "bce_edges": "F.binary_cross_entropy(torch.tensor([0.0, 1.0]), torch.tensor([1.0, 0.0]))",
    "bce_logits_size": "F.binary_cross_entropy_with_logits(torch.tensor([0.5, 0.5]), torch.tensor([1.]))",
    "bce_logits_pos_weight": "F.binary_cross_entropy_with_logits(torch.tensor([0.5, 0.5]), torch.tensor([1., 0.]), pos_weight=torch.ones(3))",
    "bce_logits_long_target": "F.binary_cross_entropy_with_logits(torch.tensor([0.5, 0.5]), torch.tensor([1, 0]))",
    "nll_float_target": "F.nll_loss(torch.ones(4, 3), torch.tensor([0., 1., 2., 1.]))",
    "nll_batch": "F.nll_loss(torch.ones(4, 3), torch.tensor([0, 1]))",
    "nll_2d_target": "F.nll_loss(torch.ones(4, 3), torch.zeros(4, 2, dtype=torch.long))",
    "nll_out_of_bounds": "F.nll_loss(torch.ones(4, 3), torch.tensor([0, 3, 1, 1]))",
    "nll_negative_target": "F.nll_loss(torch.ones(4, 3), torch.tensor([0, -1, 1, 1]))",
    "nll_1d_out_of_bounds": "F.nll_loss(torch.ones(4), torch.tensor(5))",
    "nll_weight": "F.nll_loss(torch.ones(4, 3), torch.tensor([0, 1, 2, 1]), weight=torch.ones(2))",
    "nll_0d": "F.nll_loss(torch.tensor(1.), torch.tensor(0))",
    "nll_spatial_target": "F.nll_loss(torch.ones(2, 3, 4), torch.zeros(2, dtype=torch.long))",
    "nll_long_input": "F.nll_loss(torch.ones(4, 3, dtype=torch.long), torch.tensor([0, 1, 2, 1]))",
    "nll_weight_dtype": "F.nll_loss(torch.ones(4, 3), torch.tensor([0, 1, 2, 1]), weight=torch.ones(3, dtype=torch.float64))",
    "nll_all_ignored": "F.nll_loss(torch.ones(4, 3), torch.tensor([1, 1, 1, 1]), ignore_index=1)",
    "ce_float_indices": "F.cross_entropy(torch.ones(2, 3), torch.tensor([0.0, 1.0]))",
    "ce_out_of_bounds": "F.cross_entropy(torch.ones(2, 3), torch.tensor([0, 3]))",
    "ce_long_probs": "F.cross_entropy(torch.ones(4, 3), torch.ones(4, 3, dtype=torch.long))",
    "ce_probs_ignore": "F.cross_entropy(torch.ones(4, 3), torch.rand(4, 3), ignore_index=1)",
    "ce_probs_weight": "F.cross_entropy(torch.ones(4, 3), torch.rand(4, 3), weight=torch.ones(2))",
    "ce_smoothing_range": "F.cross_entropy(torch.ones(4, 3), torch.tensor([0, 1, 2, 1]), label_smoothing=1.5)",
    "ce_long_input": "F.cross_entropy(torch.ones(4, 3, dtype=torch.long), torch.tensor([0, 1, 2, 1]))",
    "ce_scalar": "F.cross_entropy(torch.tensor(1.), torch.tensor(0))",
    "ce_ignore_default": "F.cross_entropy(torch.ones(4, 3), torch.tensor([0, 1, -100, 1]))",
    # batch norm
    "bn_batch_one": "F.batch_norm(torch.ones(1, 3), torch.zeros(3), torch.ones(3), training=True)",
    "bn_running_size": "F.batch_norm(torch.ones(2, 3), torch.zeros(4), torch.ones(3), training=True)",
    "bn_weight_size": "F.batch_norm(torch.ones(2, 3), torch.zeros(3), torch.ones(3), weight=torch.ones(2), training=True)",
    "bn_eval_no_stats": "F.batch_norm(torch.ones(2, 3), None, None, training=False)",
    "bn_eval_no_var": "F.batch_norm(torch.ones(2, 3), torch.zeros(3), None, training=False)",
    "bn_long": "F.batch_norm(torch.ones(2, 3, dtype=torch.long), torch.zeros(3), torch.ones(3), training=True)",
    "bn_mixed": "F.batch_norm(torch.ones(2, 3, dtype=torch.float64), torch.zeros(3), torch.ones(3), training=True)",
    # conv / pool / pad
    "conv_same_stride": "F.conv2d(torch.ones(1, 2, 5, 5), torch.ones(3, 2, 2, 2), padding='same', stride=2)",
    "conv_padding_string": "F.conv2d(torch.ones(1, 2, 5, 5), torch.ones(3, 2, 2, 2), padding='middle')",
    "conv_channels": "F.conv2d(torch.ones(1, 2, 5, 5), torch.ones(3, 3, 2, 2))",
    "conv_groups": "F.conv2d(torch.ones(1, 2, 5, 5), torch.ones(3, 1, 2, 2), groups=2)",
    "conv_kernel_too_big": "F.conv2d(torch.ones(1, 2, 1, 1), torch.ones(3, 2, 2, 2))",
    "conv_input_2d": "F.conv2d(torch.ones(5, 5), torch.ones(3, 2, 2, 2))",
    "conv_bias": "F.conv2d(torch.ones(1, 2, 5, 5), torch.ones(3, 2, 2, 2), bias=torch.ones(2))",
    "conv_stride_zero": "F.conv2d(torch.ones(1, 2, 5, 5), torch.ones(3, 2, 2, 2), stride=0)",
    "conv_padding_negative": "F.conv2d(torch.ones(1, 2, 5, 5), torch.ones(3, 2, 2, 2), padding=-1)",
    "conv_dilation_zero": "F.conv2d(torch.ones(1, 2, 5, 5), torch.ones(3, 2, 2, 2), dilation=0)",
    "conv_groups_zero": "F.conv2d(torch.ones(1, 2, 5, 5), torch.ones(3, 2, 2, 2), groups=0)",
    "conv_stride_three": "F.conv2d(torch.ones(1, 2, 5, 5), torch.ones(3, 2, 2, 2), stride=(1, 2, 3))",
    "conv_double_input": "F.conv2d(torch.ones(1, 2, 5, 5, dtype=torch.float64), torch.ones(3, 2, 2, 2))",
    "maxpool_kernel_zero": "F.max_pool2d(torch.ones(1, 1, 4, 4), 0)",
    "maxpool_pad": "F.max_pool2d(torch.ones(1, 1, 4, 4), 2, padding=2)",
    "maxpool_too_big": "F.max_pool2d(torch.ones(1, 1, 4, 4), 5)",
    "maxpool_kernel_tuple": "F.max_pool2d(torch.ones(1, 1, 4, 4), (2, 2, 2))",
    "maxpool_1d": "F.max_pool2d(torch.ones(4), 2)",
    "maxpool_dilation": "F.max_pool2d(torch.ones(1, 1, 4, 4), 2, dilation=0)",
    "avgpool_divisor_zero": "F.avg_pool2d(torch.ones(1, 1, 4, 4), 2, divisor_override=0)",
    "avgpool_too_big": "F.avg_pool2d(torch.ones(1, 1, 4, 4), 5)",
    "adaptive_sizes": "F.adaptive_avg_pool2d(torch.ones(1, 1, 4, 4), (2, 2, 2))",
    "adaptive_1d": "F.adaptive_avg_pool2d(torch.ones(4), 2)",
    "adaptive_negative": "F.adaptive_avg_pool2d(torch.ones(1, 1, 4, 4), -1)",
    "adaptive_long": "F.adaptive_avg_pool2d(torch.ones(1, 1, 4, 4, dtype=torch.long), 2)",
    "pad_odd": "F.pad(torch.ones(1, 2, 3), (1,))",
    "pad_too_long": "F.pad(torch.ones(1, 2, 3), (1, 1, 1, 1, 1, 1, 1, 1))",
    "pad_reflect_size": "F.pad(torch.ones(1, 2, 3), (3, 3), mode='reflect')",
    "pad_reflect_value": "F.pad(torch.ones(1, 2, 3), (1, 1), mode='reflect', value=1)",
    "pad_mode": "F.pad(torch.ones(1, 2, 3), (1, 1), mode='wrap')",
    "pad_reflect_1d_input": "F.pad(torch.ones(3), (1, 1), mode='reflect')",
    "pad_crop_too_much": "F.pad(torch.ones(1, 2, 3), (-3, -1))",
    "one_hot_too_small": "F.one_hot(torch.tensor([0, 2, 1]), 2)",
    "one_hot_negative": "F.one_hot(torch.tensor([0, -1]))",
    "one_hot_float": "F.one_hot(torch.tensor([0., 1.]))",
    "one_hot_empty": "F.one_hot(torch.tensor([], dtype=torch.long))",
    "unflatten_sizes": "torch.ones(1, 2, 3).unflatten(2, (2, 2))",
    "unflatten_empty": "torch.ones(1, 2, 3).unflatten(2, ())",
    # sampling
    "randperm_negative": "torch.randperm(-1)",
    "randperm_bool": "torch.randperm(3, dtype=torch.bool)",
    "randperm_float_range": "torch.randperm(2**24 + 2, dtype=torch.float32)",
    "multinomial_too_many": "torch.multinomial(torch.tensor([0.5, 0.5]), 3)",
    "multinomial_negative": "torch.multinomial(torch.tensor([-1., 1.]), 1)",
    "multinomial_zero_sum": "torch.multinomial(torch.tensor([0., 0.]), 1)",
    "multinomial_replacement_negative": "torch.multinomial(torch.tensor([-1., 2.]), 2, replacement=True)",
    "multinomial_replacement_inf": "torch.multinomial(torch.tensor([float('inf'), 2.]), 2, replacement=True)",
    "multinomial_replacement_zero": "torch.multinomial(torch.tensor([0., 0.]), 2, replacement=True)",
    "multinomial_long": "torch.multinomial(torch.tensor([1, 2]), 1)",
    "multinomial_3d": "torch.multinomial(torch.ones(2, 2, 2), 1)",
    "multinomial_zero_samples": "torch.multinomial(torch.ones(3), 0)",
    "bernoulli_p": "torch.ones(3).bernoulli_(1.5)",
    "bernoulli_tensor_p": "torch.bernoulli(torch.tensor([0.5, 1.5]))",
    "bernoulli_long_p": "torch.bernoulli(torch.tensor([1, 0]))",
    # init
    "init_fan_1d": "nn.init.kaiming_uniform_(torch.empty(3))",
    "init_mode": "nn.init.kaiming_normal_(torch.empty(3, 3), mode='fan_avg')",
    "init_nonlinearity": "nn.init.kaiming_uniform_(torch.empty(3, 3), nonlinearity='swish')",
    "init_zero_element": "nn.init.kaiming_uniform_(torch.empty(0, 3))",
    "init_xavier_1d": "nn.init.xavier_uniform_(torch.empty(3))",
    "gain_tanh": "nn.init.calculate_gain('tanh')",
    "gain_linear": "nn.init.calculate_gain('linear')",
    "gain_leaky": "nn.init.calculate_gain('leaky_relu', 0.2)",
    "gain_relu": "nn.init.calculate_gain('relu')",
    "uniform_range": "nn.init.uniform_(torch.empty(3), 2.0, 1.0)",
    "normal_std": "nn.init.normal_(torch.empty(3), 0.0, -1.0)",
    # clipping
    "clip_nonfinite": "torch.nn.utils.clip_grad_norm_([_inf_grad_param()], 1.0, error_if_nonfinite=True)",
    "clip_nonfinite_l1": "torch.nn.utils.clip_grad_norm_([_inf_grad_param()], 1.0, norm_type=1, error_if_nonfinite=True)",
    # dropout and softmax warnings
    "dropout_range": "nn.Dropout(p=1.5)",
    "dropout_negative": "F.dropout(torch.ones(2), p=-0.5)",
    "softmax_implicit": "F.softmax(torch.tensor([[1.0, 2.0], [3.0, 5.0]]))",
    "log_softmax_implicit_3d": "F.log_softmax(torch.zeros(1, 2, 2))",
    "random_split_sum": "torch.utils.data.random_split(range(5), [2, 2])",
    "random_split_fraction": "torch.utils.data.random_split(range(5), [1.5, -0.5])",
}


def _inf_grad_param():
    p = torch.ones(2, requires_grad=True)
    p.grad = torch.tensor([1.0, float("inf")])
    return p


def run_errors():
    out = {}
    for name, expr in ERRORS.items():
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                value = eval(expr)
                result = repr(value)
                error = None
            except Exception as e:  # noqa: BLE001
                result = None
                error = f"{type(e).__name__}: {e}"
        out[name] = {"expr": expr, "result": result, "error": error,
                     "warnings": [strip_trigger(f"{w.category.__name__}: {w.message}") for w in caught]}
    return out


def run_cells():
    """Reprs from the computations of ../shared/conformance-nn cells, rerun here so the engine can be
    checked against them without the Python layer (modules, optimizers) that prints them there."""
    out = {}
    torch.manual_seed(42)
    layer = nn.Linear(3, 2)
    x = torch.tensor([[1.0, 0.0, -1.0], [0.5, 2.0, 1.0]])
    y = layer(x)
    out["linear_forward"] = repr(y)
    out["linear_single"] = repr(layer(torch.tensor([1.0, 2.0, 3.0])))
    y.sum().backward()
    out["linear_grads"] = [repr(layer.weight.grad), repr(layer.bias.grad)]
    torch.manual_seed(0)
    net = nn.Sequential(nn.Linear(3, 8), nn.ReLU(), nn.Dropout(0.5), nn.Linear(8, 1))
    inp = torch.tensor([[1.0, -1.0, 0.5]])
    torch.manual_seed(10)
    a = net(inp)
    b = net(inp)
    net.eval()
    c = net(inp)
    out["train_eval"] = [repr(a), repr(b), repr(c)]
    for p in net[0].parameters():
        p.requires_grad_(False)
    net.train()
    torch.manual_seed(4)
    net(inp).sum().backward()
    out["frozen_grad"] = repr(net[3].weight.grad)
    torch.manual_seed(2)
    out["dropout_2d"] = repr(nn.Dropout(0.2)(torch.arange(1.0, 13.0).reshape(3, 4)))
    torch.manual_seed(6)
    small = nn.Sequential(nn.Linear(2, 2), nn.Tanh(), nn.Linear(2, 1))
    out["state_dict"] = [repr(v) for v in small.state_dict().values()]
    torch.manual_seed(7)
    batches = [torch.randn(4, 3) * 2 + 1 for _ in range(3)]
    bn = nn.BatchNorm1d(3, momentum=None)
    cumulative = []
    for batch in batches:
        y = bn(batch)
        cumulative.append([repr(y), repr(bn.running_mean), repr(bn.running_var)])
    bn.eval()
    out["batch_norm_cumulative"] = {"batches": [flat(b) for b in batches], "steps": cumulative,
                                    "eval": repr(bn(batches[0]))}
    return out


def after_state():
    """Four raw 32-bit draws after a call, to show how much of the generator it consumed."""
    return torch.randint(0, 2**31 - 1, (4,)).tolist()


def run_rng():
    out = {"dropout": [], "bernoulli": [], "randperm": [], "multinomial": [], "init": [], "loader": [],
           "random_split": []}
    for seed, shape, p in [(1, [10], 0.5), (2, [3, 4], 0.2), (3, [6], 0.5), (4, [2, 3, 5], 0.3), (5, [40], 0.9),
                           (6, [1000], 0.1), (7, [7], 1 / 3)]:
        torch.manual_seed(seed)
        x = torch.linspace(-1, 2, int(np.prod(shape))).reshape(shape)
        y = F.dropout(x, p)
        out["dropout"].append({"seed": seed, "shape": shape, "p": p, "input": flat(x), "output": flat(y),
                               "after": after_state()})
    for seed, kind, shape, p in [(0, "scalar", [8], 0.3), (1, "scalar", [2, 5], 0.75), (2, "tensor32", [6], None),
                                 (3, "tensor64", [6], None), (4, "bernoulli32", [7], None),
                                 (5, "bernoulli64", [5], None), (6, "scalar64", [4], 0.5)]:
        torch.manual_seed(100 + seed)
        probs = torch.rand(shape, dtype=torch.float64 if kind.endswith("64") else torch.float32)
        torch.manual_seed(seed)
        if kind == "scalar":
            r = torch.empty(shape).bernoulli_(p)
        elif kind == "scalar64":
            r = torch.empty(shape, dtype=torch.float64).bernoulli_(p)
        elif kind.startswith("tensor"):
            r = torch.empty(shape).bernoulli_(probs)
        else:
            r = torch.bernoulli(probs)
        out["bernoulli"].append({"seed": seed, "kind": kind, "shape": shape, "p": p, "probs": flat(probs),
                                 "output": flat(r), "after": after_state()})
    for seed, n, dtype in [(0, 1, "int64"), (0, 2, "int64"), (1, 5, "int64"), (2, 10, "int64"), (3, 37, "int64"),
                           (4, 100, "int64"), (5, 1000, "int64"), (6, 6, "float32"), (7, 0, "int64")]:
        torch.manual_seed(seed)
        r = torch.randperm(n, dtype=getattr(torch, dtype))
        out["randperm"].append({"seed": seed, "n": n, "dtype": dtype, "output": flat(r), "after": after_state()})
    for seed, weights, k, replacement in [
            (0, [[0.2, 0.5, 0.3]], 1, False), (1, [[0.1, 0.2, 0.3, 0.4]], 3, False),
            (2, [[1.0, 2.0, 3.0, 4.0, 5.0]], 5, False), (3, [[0.5, 0.5]], 10, True),
            (4, [[0.1, 0.0, 0.9], [0.3, 0.3, 0.4]], 2, False), (5, [[0.1, 0.0, 0.9], [0.3, 0.3, 0.4]], 40, True),
            (6, [[3.0, 1.0, 2.0]], 1, True), (7, [[0.25, 0.25, 0.25, 0.25]], 4, False),
            (8, [[1.0, 0.0, 0.0]], 1, False)]:
        torch.manual_seed(seed)
        w = torch.tensor(weights[0] if len(weights) == 1 else weights)
        r = torch.multinomial(w, k, replacement=replacement)
        out["multinomial"].append({"seed": seed, "weights": flat(w), "shape": list(w.shape), "k": k,
                                   "replacement": replacement, "output": flat(r), "after": after_state()})
    init_cases = [
        ("linear", 42, [2, 3], {}), ("linear", 0, [1, 2], {}), ("linear", 3, [4, 10], {}), ("linear_nobias", 1, [2, 2], {}),
        ("conv2d", 0, [4, 3, 3, 3], {}), ("kaiming_uniform", 5, [3, 4], {"a": 0, "mode": "fan_in", "nonlinearity": "relu"}),
        ("kaiming_uniform", 6, [3, 4, 2], {"a": 0.2, "mode": "fan_out", "nonlinearity": "leaky_relu"}),
        ("kaiming_normal", 7, [5, 4], {"a": 0, "mode": "fan_in", "nonlinearity": "relu"}),
        ("kaiming_normal", 8, [20, 6], {"a": 0, "mode": "fan_out", "nonlinearity": "tanh"}),
        ("xavier_uniform", 9, [3, 5], {"gain": 1.0}), ("xavier_uniform", 10, [2, 2, 3], {"gain": 5 / 3}),
        ("xavier_normal", 11, [4, 4], {"gain": 1.0}), ("xavier_normal", 12, [6, 5], {"gain": math.sqrt(2)}),
        ("uniform", 13, [5], {"a": -0.5, "b": 2.0}), ("normal", 14, [3, 3], {"mean": 1.0, "std": 0.5}),
        ("normal", 15, [20], {"mean": 0.0, "std": 2.0}), ("uniform_generator", 16, [4], {"a": 0.0, "b": 1.0}),
        ("constant", 0, [2, 2], {"val": 0.3}), ("ones", 0, [3], {}), ("zeros", 0, [3], {}),
        ("uniform_double", 17, [3], {"a": -1.0, "b": 1.0}),
    ]
    for kind, seed, shape, kw in init_cases:
        torch.manual_seed(seed)
        if kind in ("linear", "linear_nobias"):
            layer = nn.Linear(shape[1], shape[0], bias=(kind == "linear"))
            tensors = [layer.weight] + ([layer.bias] if layer.bias is not None else [])
        elif kind == "conv2d":
            layer = nn.Conv2d(shape[1], shape[0], shape[2])
            tensors = [layer.weight, layer.bias]
        else:
            t = torch.empty(shape, dtype=torch.float64 if kind == "uniform_double" else torch.float32)
            if kind == "kaiming_uniform":
                nn.init.kaiming_uniform_(t, **kw)
            elif kind == "kaiming_normal":
                nn.init.kaiming_normal_(t, **kw)
            elif kind == "xavier_uniform":
                nn.init.xavier_uniform_(t, **kw)
            elif kind == "xavier_normal":
                nn.init.xavier_normal_(t, **kw)
            elif kind in ("uniform", "uniform_double"):
                nn.init.uniform_(t, **kw)
            elif kind == "uniform_generator":
                nn.init.uniform_(t, generator=torch.Generator().manual_seed(99), **kw)
            elif kind == "normal":
                nn.init.normal_(t, **kw)
            elif kind == "constant":
                nn.init.constant_(t, **kw)
            elif kind == "ones":
                nn.init.ones_(t)
            elif kind == "zeros":
                nn.init.zeros_(t)
            tensors = [t]
        out["init"].append({"kind": kind, "seed": seed, "shape": shape, "args": kw,
                            "values": [flat(t) for t in tensors], "reprs": [repr(t) for t in tensors],
                            "after": after_state()})
    from torch.utils.data import DataLoader, TensorDataset, random_split, RandomSampler
    for seed, n, batch, epochs, shuffle, drop_last, with_generator in [
            (0, 10, 4, 3, True, False, False), (1, 7, 2, 2, True, True, False), (2, 5, 5, 2, False, False, False),
            (3, 12, 5, 2, True, False, True), (4, 100, 32, 2, True, False, False)]:
        torch.manual_seed(seed)
        g = torch.Generator().manual_seed(1234) if with_generator else None
        loader = DataLoader(TensorDataset(torch.arange(n)), batch_size=batch, shuffle=shuffle, drop_last=drop_last,
                            generator=g)
        epochs_out = [[b[0].tolist() for b in loader] for _ in range(epochs)]
        out["loader"].append({"seed": seed, "n": n, "batch_size": batch, "epochs": epochs, "shuffle": shuffle,
                              "drop_last": drop_last, "generator_seed": 1234 if with_generator else None,
                              "batches": epochs_out, "after": after_state()})
    for seed, n, lengths in [(0, 10, [3, 7]), (1, 10, [0.3, 0.7]), (2, 7, [0.5, 0.5]), (3, 5, [0.1, 0.1, 0.8])]:
        torch.manual_seed(seed)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            parts = random_split(range(n), lengths)
        out["random_split"].append({"seed": seed, "n": n, "lengths": lengths, "parts": [list(p.indices) for p in parts],
                                    "warnings": [f"{w.category.__name__}: {w.message}" for w in caught],
                                    "after": after_state()})
    return out


TRAINING = [
    # name, model, optimizer, kwargs, scheduler, scheduler kwargs, loss
    ("sgd_momentum", "linear", "SGD", {"lr": 0.05, "momentum": 0.9}, None, {}, "mse"),
    ("adam", "linear", "Adam", {"lr": 0.05}, None, {}, "mse"),
    ("adamw_amsgrad", "linear", "AdamW", {"lr": 0.02, "weight_decay": 0.1, "amsgrad": True}, None, {}, "mse"),
    ("sgd_nesterov_steplr", "linear", "SGD",
     {"lr": 0.1, "momentum": 0.8, "nesterov": True, "weight_decay": 0.01}, "StepLR", {"step_size": 50, "gamma": 0.5}, "mse"),
    ("adam_l2_explr", "linear", "Adam", {"lr": 0.03, "weight_decay": 0.05, "betas": (0.8, 0.99)}, "ExponentialLR",
     {"gamma": 0.99}, "mse"),
    ("sgd_dampening_maximize", "linear", "SGD", {"lr": 0.01, "momentum": 0.5, "dampening": 0.3, "maximize": True},
     None, {}, "neg_mse"),
    ("mlp_sgd_ce", "mlp", "SGD", {"lr": 0.1, "momentum": 0.9}, None, {}, "ce"),
    ("mlp_adam_ce", "mlp", "Adam", {"lr": 0.01}, None, {}, "ce"),
]


def run_training():
    out = []
    for name, model_kind, opt_name, kw, sched_name, sched_kw, loss_kind in TRAINING:
        torch.manual_seed(0)
        if model_kind == "linear":
            model = nn.Linear(3, 1)
            x = torch.randn(16, 3)
            y = x @ torch.tensor([[1.5, -2.0, 0.5]]).T + 0.3 + 0.1 * torch.randn(16, 1)
        else:
            model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3))
            x = torch.randn(32, 4)
            y = torch.randint(0, 3, (32,))
        init_params = [p.detach().clone() for p in model.parameters()]
        opt = getattr(torch.optim, opt_name)(model.parameters(), **kw)
        sched = getattr(torch.optim.lr_scheduler, sched_name)(opt, **sched_kw) if sched_name else None
        steps = []
        for _ in range(200):
            opt.zero_grad()
            pred = model(x)
            if loss_kind == "mse":
                loss = F.mse_loss(pred, y)
            elif loss_kind == "neg_mse":
                loss = -F.mse_loss(pred, y)
            else:
                loss = F.cross_entropy(pred, y)
            loss.backward()
            opt.step()
            if sched:
                sched.step()
            steps.append({"loss": loss.item(), "lr": opt.param_groups[0]["lr"],
                          "params": [flat(p) for p in model.parameters()]})
        out.append({"name": name, "model": model_kind, "optimizer": opt_name, "x": flat(x), "x_shape": list(x.shape),
                    "y": flat(y), "y_shape": list(y.shape),
                    "initial": [flat(p) for p in init_params],
                    "kwargs": {k: (list(v) if isinstance(v, tuple) else v) for k, v in kw.items()},
                    "scheduler": sched_name, "scheduler_kwargs": sched_kw, "loss": loss_kind, "steps": steps})
    return out


def run_clipping():
    out = []
    for seed, shapes, max_norm, norm_type in [(0, [[3], [2, 2]], 1.0, 2.0), (1, [[5]], 10.0, 2.0),
                                              (2, [[4], [3]], 0.5, 1.0), (3, [[2, 3]], 0.1, float("inf")),
                                              (4, [[7], [1]], 2.0, 3.0), (5, [[20], [9, 2]], 1.5, 2.0)]:
        torch.manual_seed(seed)
        params = [torch.randn(s, requires_grad=True) for s in shapes]
        for p in params:
            p.grad = torch.randn(p.shape) * 3
        before = [flat(p.grad) for p in params]
        total = torch.nn.utils.clip_grad_norm_(params, max_norm, norm_type=norm_type)
        out.append({"shapes": shapes, "max_norm": max_norm, "norm_type": norm_type if math.isfinite(norm_type) else "inf",
                    "grads": before, "total": total.item(), "clipped": [flat(p.grad) for p in params]})
    for seed, clip in [(6, 0.5), (7, 2.0)]:
        torch.manual_seed(seed)
        p = torch.randn(6, requires_grad=True)
        p.grad = torch.randn(6) * 2
        before = flat(p.grad)
        torch.nn.utils.clip_grad_value_([p], clip)
        out.append({"shapes": [[6]], "clip_value": clip, "grads": [before], "clipped": [flat(p.grad)]})
    return out


if __name__ == "__main__":
    print(json.dumps({"torch_version": torch.__version__, "ops": run_ops(), "rng": run_rng(), "errors": run_errors(), "cells": run_cells(),
                      "training": run_training(), "clipping": run_clipping()}, indent=1))
