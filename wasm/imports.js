// bindings.cpp's imports, for emcc, which links only imports it knows to be JavaScript. What they
// do is wasm/loader.mjs's; these empty bodies would serve only emcc's own loader, which is unused.
mergeInto(LibraryManager.library, {
  attendable_write: function() {},
  attendable_load_file: function() {},
});
