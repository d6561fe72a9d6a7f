// Stands in for Taro's web-component tab bar in the H5 build's router: app.config sets tabBar.custom on
// H5 (the app draws its own, shared/ui/TabBar.h5.tsx), so the router never defines it, and the
// web-component runtime it would bring stays out of the start-up bundle.
export function defineCustomElementTaroTabbar() {}
