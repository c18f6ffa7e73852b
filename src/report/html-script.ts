/**
 * The report page's only script: shows the flag filters and hides flags whose kind or severity is
 * unticked. Without it the page still shows every flag. html.ts allows exactly this script by its hash
 * (Content-Security-Policy), so any script that reached the page some other way would not run.
 */
export const REPORT_JS = `
(function () {
  'use strict';
  var form = document.querySelector('form.filters');
  if (!form) return;
  var flags = Array.prototype.slice.call(document.querySelectorAll('.flag'));
  var counter = form.querySelector('output');
  function ticked(name) {
    var on = {};
    Array.prototype.forEach.call(form.querySelectorAll('input[name="' + name + '"]'), function (box) { on[box.value] = box.checked; });
    return on;
  }
  function apply() {
    var severity = ticked('severity');
    var kind = ticked('kind');
    var shown = 0;
    flags.forEach(function (flag) {
      var visible = severity[flag.getAttribute('data-severity')] !== false && kind[flag.getAttribute('data-kind')] !== false;
      flag.hidden = !visible;
      if (visible) shown++;
    });
    if (counter) counter.textContent = 'showing ' + shown + ' of ' + flags.length + ' flags';
  }
  form.addEventListener('change', apply);
  form.hidden = false;
  apply();
})();
`;
