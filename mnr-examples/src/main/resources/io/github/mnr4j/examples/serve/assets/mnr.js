// mnr serve's progressive enhancement. The form works without it; with it, the questions that a
// skip rule disables disappear as the answers change, each section's progress follows, and a
// draft saves itself a few seconds after the last change. The server decides what is enabled
// (POST .../enablement runs the library's skip rules), so the browser never applies a rule itself.
(function () {
  'use strict';
  var form = document.getElementById('response');
  if (!form || !window.fetch) {
    return;
  }
  var status = document.getElementById('autosave-status');
  var basedOn = form.querySelector('input[name="based-on"]');
  var timer = null;
  // Whether the page has changes that no save has sent yet.
  var dirty = false;
  // Another section's page, to go to once the save under way is answered.
  var leaving = null;
  var saving = false;
  var stopped = false;
  // The page's own submission, held while an autosave is under way: made on the version that
  // autosave stores, rather than refused as made on the one before.
  var held = null;
  // Answers to enablement requests can arrive out of order: only the latest one asked counts.
  var asked = 0;

  function fields(action) {
    var body = new URLSearchParams(new FormData(form));
    if (action) {
      body.set('action', action);
    }
    return body;
  }

  function refresh() {
    var mine = ++asked;
    fetch(form.dataset.enablement, {method: 'POST', body: fields(), credentials: 'same-origin'})
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (state) {
        if (!state || mine !== asked) {
          return;
        }
        document.querySelectorAll('.question').forEach(function (question) {
          question.hidden = Object.prototype.hasOwnProperty.call(state.disabled, question.id);
        });
        Object.keys(state.progress).forEach(function (section) {
          var progress = document.getElementById('progress-' + section);
          if (progress) {
            progress.textContent = state.progress[section][0] + ' of ' +
              state.progress[section][1] + ' required questions answered';
          }
        });
      });
  }

  function submitHeld() {
    if (held) {
      var submitter = held.submitter;
      held = null;
      form.requestSubmit(submitter);
    }
  }

  function save() {
    if (saving || stopped) {
      return;
    }
    saving = true;
    dirty = false;
    // The form's action attribute: form.action would be its buttons, which are named action.
    // Asked for JSON, the server answers with the new version rather than sending to the page.
    fetch(form.getAttribute('action'), {method: 'POST', body: fields('save'),
      credentials: 'same-origin', headers: {'Accept': 'application/json'}})
      .then(function (response) {
        saving = false;
        if (response.status === 409) {
          stopped = true;
          held = null;
          leaving = null;
          status.textContent = 'Not saved: this response was saved elsewhere since this page ' +
            'was opened. Reload it to see the latest version; nothing was overwritten.';
          return;
        }
        if (!response.ok) {
          leaving = null;
          status.textContent = 'Not saved (' + response.status + '): use the Save button.';
          submitHeld();
          return;
        }
        var version = response.headers.get('X-Mnr-Version');
        basedOn.value = version;
        status.textContent = 'Saved automatically as version ' + version + '.';
        submitHeld();
        if (leaving && dirty) {
          // Changed while the save was under way: those changes go first.
          save();
        } else if (leaving) {
          window.location.href = leaving;
        }
      })
      .catch(function () {
        saving = false;
        leaving = null;
        submitHeld();
        status.textContent = 'Not saved: the server cannot be reached. Your answers are still ' +
          'on this page.';
      });
  }

  function later() {
    dirty = true;
    clearTimeout(timer);
    timer = setTimeout(save, 3000);
  }

  // A link to another section's page (the list of sections, the error summary) leaves the page only
  // once its changes are saved; if the save is refused or fails, the page stays, and says why.
  document.querySelectorAll('a[href^="?section="]').forEach(function (link) {
    link.addEventListener('click', function (event) {
      if (stopped || !(dirty || saving)) {
        return;
      }
      event.preventDefault();
      leaving = link.href;
      if (!saving) {
        clearTimeout(timer);
        save();
      }
    });
  });

  form.addEventListener('change', function () {
    refresh();
    later();
  });
  form.addEventListener('input', later);
  form.addEventListener('submit', function (event) {
    clearTimeout(timer);
    if (saving) {
      event.preventDefault();
      held = {submitter: event.submitter || null};
      status.textContent = 'Finishing the automatic save first…';
    }
  });
  refresh();
}());
