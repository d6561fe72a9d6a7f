// The mini-program starts the app itself (App(), Page()); nothing to yield.
export {}
