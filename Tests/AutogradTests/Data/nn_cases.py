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


if __name__ == "__main__":
    print(json.dumps({"torch_version": torch.__version__, "ops": run_ops()}, indent=1))
