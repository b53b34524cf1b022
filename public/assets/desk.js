// Masthead desk: progressive enhancements only. Every form works without this file:
// Preview is a submit button, and saving never depends on autosave.
(function () {
  'use strict';
  // On a phone the desk's menu is one row that scrolls sideways: show the current page's item.
  var current = document.querySelector('.desk-nav [aria-current="page"]');
  if (current && current.scrollIntoView && current.parentNode.parentNode.scrollWidth > current.parentNode.parentNode.clientWidth) {
    current.scrollIntoView({ block: 'nearest', inline: 'center' });
  }
  var editor = document.getElementById('article-editor');
  if (!editor) return;
  var body = editor.querySelector('textarea[name="body"]');
  var preview = document.getElementById('preview-body');
  var status = document.getElementById('autosave-status');
  var csrf = editor.querySelector('input[name="_csrf"]');
  if (!body || !preview || !csrf) return;

  function post(url, data) {
    return fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-CSRF-Token': csrf.value },
      body: data,
      credentials: 'same-origin',
    });
  }

  // Live preview: rendered by the server with the same sanitiser as a saved article.
  var previewTimer;
  function refreshPreview() {
    post('/admin/preview', new URLSearchParams({ body: body.value }))
      .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
      .then(function (html) { preview.innerHTML = html; })
      .catch(function () {});
  }
  body.addEventListener('input', function () {
    clearTimeout(previewTimer);
    previewTimer = setTimeout(refreshPreview, 400);
  });
  refreshPreview();

  // Autosave of existing articles, every 20 seconds while something changed.
  var autosaveUrl = editor.getAttribute('data-autosave');
  if (!autosaveUrl) return;
  var dirty = false;
  editor.addEventListener('input', function () { dirty = true; });
  setInterval(function () {
    if (!dirty) return;
    dirty = false;
    post(autosaveUrl, new URLSearchParams(new FormData(editor)))
      .then(function (response) {
        if (status) status.textContent = response.ok ? 'Draft autosaved ' + new Date().toLocaleTimeString() + '.' : 'Autosave failed; your text is still here.';
      })
      .catch(function () { if (status) status.textContent = 'Autosave failed; your text is still here.'; });
  }, 20000);
})();
