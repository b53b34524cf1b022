// Reply links move the comment form under the comment being answered, as WordPress does.
// Without this file, the same links reload the page with ?replytocom=ID#respond.
(function () {
  'use strict';
  var respond = document.getElementById('respond');
  var parentField = document.getElementById('comment_parent');
  var title = document.querySelector('#reply-title > span');
  var textarea = document.getElementById('comment');
  if (!respond || !parentField || !title || !textarea) return;
  var home = respond.parentNode;
  var homeNext = respond.nextSibling;
  var originalTitle = title.textContent;
  // Same look as the server-rendered cancel link: small text after the heading.
  var small = document.createElement('small');
  var cancel = document.createElement('a');
  cancel.href = '#respond';
  cancel.rel = 'nofollow';
  cancel.textContent = document.documentElement.lang.indexOf('en') === 0 ? 'Cancel reply' : '×';
  small.appendChild(document.createTextNode(' '));
  small.appendChild(cancel);
  small.hidden = true;
  title.parentNode.appendChild(small);

  document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('.comment-reply-link') : null;
    if (!link) return;
    var id = link.getAttribute('data-commentid');
    var item = document.getElementById('comment-' + id);
    if (!item) return;
    event.preventDefault();
    var card = item.querySelector('.comment__card');
    card.parentNode.insertBefore(respond, card.nextSibling);
    parentField.value = id;
    title.textContent = link.getAttribute('data-replyto') || originalTitle;
    small.hidden = false;
    textarea.focus();
  });
  cancel.addEventListener('click', function (event) {
    event.preventDefault();
    home.insertBefore(respond, homeNext);
    parentField.value = '0';
    title.textContent = originalTitle;
    small.hidden = true;
  });
})();
