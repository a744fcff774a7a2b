package com.csracademy.shared.web;

import java.util.List;
import java.util.function.Function;

/**
 * The one paging convention of the API: {@code ?page=0&size=20}, zero-based, {@code size} capped.
 *
 * @param items the page's items
 * @param page  zero-based page number
 * @param size  the page size actually used (after the cap)
 * @param total how many items match in all
 */
public record Page<T>(List<T> items, int page, int size, long total) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
