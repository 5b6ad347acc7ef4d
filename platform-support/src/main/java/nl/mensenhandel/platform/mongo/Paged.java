package nl.mensenhandel.platform.mongo;

import java.util.List;
import java.util.function.Function;

/** One page of a region-scoped query: the items, the zero-based page number, the page size and the total. */
public record Paged<T>(List<T> items, int number, int size, long totalElements) {

    public int totalPages() {
        return (int) Math.ceil(totalElements / (double) size);
    }

    public <R> Paged<R> map(Function<T, R> mapper) {
        return new Paged<>(items.stream().map(mapper).toList(), number, size, totalElements);
    }
}
