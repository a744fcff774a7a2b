package com.csracademy.shared.web;

/**
 * A validated page request: negative pages become 0, sizes are clamped to 1..{@value #MAX_SIZE}.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    public static PageRequest of(Integer page, Integer size) {
        int p = page == null ? 0 : Math.max(0, page);
        int s = size == null ? DEFAULT_SIZE : Math.min(MAX_SIZE, Math.max(1, size));
        return new PageRequest(p, s);
    }

    public long offset() {
        return (long) page * size;
    }

    public org.springframework.data.domain.Pageable toPageable(org.springframework.data.domain.Sort sort) {
        return org.springframework.data.domain.PageRequest.of(page, size, sort);
    }
}
