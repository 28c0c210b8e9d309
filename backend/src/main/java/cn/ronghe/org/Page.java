package cn.ronghe.org;

import java.util.List;

/** One page of a list, with the total for the pager. Pages count from 1. */
public record Page<T>(List<T> items, long total, int page, int size) {}
