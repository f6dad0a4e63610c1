// Moves focus to the error summary when a form comes back with errors (browsers that ignore autofocus on it).
(function () {
  'use strict';
  var summary = document.querySelector('.error-summary');
  if (summary && document.activeElement !== summary) {
    summary.focus();
  }
})();
