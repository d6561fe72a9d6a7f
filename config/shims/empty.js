// Stands in for polyfills the H5 targets (Chrome 70+, iOS 12+) do not need: fetch and AbortController are native.
