// TheAdmin: the console's behaviour. The CSP forbids inline script and inline event handlers, so views declare
// intent with data attributes and this file (loaded with defer, after bootstrap.bundle) wires them up:
//   form[data-autofocus]          focus its first field (or, after a failed post, the first invalid field)
//   [data-confirm="message"]      on a submit button, a form or a link: ask before going on
//   select[data-autosubmit]       submit the form when the value changes (the language switch)
//   tr[data-href="url"]           the row opens the record on click or Enter
//   [data-bs-toggle="tooltip"]    Bootstrap tooltip
//   [data-print]                  print the page
(function () {
    'use strict';

    var FIELDS = 'input:not([type=hidden]):not([disabled]):not([readonly]), select:not([disabled]), textarea:not([disabled]):not([readonly])';
    var INTERACTIVE = 'a, button, input, select, textarea, label, summary, [role=button], [contenteditable]';

    function onReady(fn) {
        if (document.readyState === 'loading') {
            document.addEventListener('DOMContentLoaded', fn);
        } else {
            fn();
        }
    }

    function focusField(field) {
        field.focus();
        if (typeof field.select === 'function' && /^(text|search|tel|email|number|password)$/.test(field.type || '')) {
            field.select();
        }
    }

    // ASP.NET Core marks invalid fields with .input-validation-error and their messages with
    // span[data-valmsg-for]: add Bootstrap's class and tie the message to the field for screen readers.
    function markInvalidFields() {
        var invalid = document.querySelectorAll('.input-validation-error, .is-invalid');
        invalid.forEach(function (field) {
            field.classList.add('is-invalid');
            field.setAttribute('aria-invalid', 'true');
            if (!field.name) {
                return;
            }
            var message = document.querySelector('[data-valmsg-for="' + CSS.escape(field.name) + '"]');
            if (message && message.textContent.trim() !== '') {
                if (!message.id) {
                    message.id = 'ta-err-' + field.name.replace(/[^A-Za-z0-9_-]/g, '-');
                }
                var described = (field.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
                if (described.indexOf(message.id) < 0) {
                    described.push(message.id);
                    field.setAttribute('aria-describedby', described.join(' '));
                }
            }
        });
        return invalid;
    }

    function initialFocus() {
        var invalid = markInvalidFields();
        var active = document.activeElement;
        if (active && active !== document.body && active !== document.documentElement) {
            return; // an autofocus attribute or the user got there first
        }
        for (var i = 0; i < invalid.length; i++) {
            if (invalid[i].matches(FIELDS)) {
                focusField(invalid[i]);
                return;
            }
        }
        var form = document.querySelector('form[data-autofocus]');
        var field = form && form.querySelector(FIELDS);
        if (field) {
            focusField(field);
        }
    }

    function initTooltips() {
        if (!window.bootstrap || !window.bootstrap.Tooltip) {
            return;
        }
        document.querySelectorAll('[data-bs-toggle="tooltip"]').forEach(function (el) {
            window.bootstrap.Tooltip.getOrCreateInstance(el);
        });
    }

    function initRows() {
        document.querySelectorAll('tr[data-href]').forEach(function (row) {
            if (!row.hasAttribute('tabindex')) {
                row.tabIndex = 0;
            }
        });
    }

    function openRow(row, newTab) {
        var href = row.getAttribute('data-href');
        if (!href) {
            return;
        }
        if (newTab) {
            window.open(href, '_blank', 'noopener');
        } else {
            window.location.assign(href);
        }
    }

    // Confirmation: the button that submitted the form, else the form itself.
    document.addEventListener('submit', function (event) {
        var submitter = event.submitter;
        var message = (submitter && submitter.getAttribute('data-confirm')) || event.target.getAttribute('data-confirm');
        if (message && !window.confirm(message)) {
            event.preventDefault();
        }
    });

    document.addEventListener('click', function (event) {
        var target = event.target instanceof Element ? event.target : null;
        if (!target) {
            return;
        }

        var link = target.closest('a[data-confirm]');
        if (link) {
            if (!window.confirm(link.getAttribute('data-confirm'))) {
                event.preventDefault();
            }
            return;
        }

        if (target.closest('[data-print]')) {
            event.preventDefault();
            window.print();
            return;
        }

        var row = target.closest('tr[data-href]');
        if (row && !target.closest(INTERACTIVE) && !String(window.getSelection() || '')) {
            openRow(row, event.ctrlKey || event.metaKey);
        }
    });

    document.addEventListener('auxclick', function (event) {
        var target = event.target instanceof Element ? event.target : null;
        var row = target && target.closest('tr[data-href]');
        if (row && event.button === 1 && !target.closest(INTERACTIVE)) {
            openRow(row, true);
        }
    });

    document.addEventListener('keydown', function (event) {
        var target = event.target instanceof Element ? event.target : null;
        if (event.key === 'Enter' && target && target.matches('tr[data-href]')) {
            event.preventDefault();
            openRow(target, event.ctrlKey || event.metaKey);
        }
    });

    document.addEventListener('change', function (event) {
        var select = event.target instanceof Element ? event.target.closest('select[data-autosubmit]') : null;
        if (select && select.form) {
            if (typeof select.form.requestSubmit === 'function') {
                select.form.requestSubmit();
            } else {
                select.form.submit();
            }
        }
    });

    onReady(function () {
        document.documentElement.classList.add('js');
        initRows();
        initTooltips();
        initialFocus();
    });
})();
