// The voucher designer (凭证套打设计): fields as boxes over the scanned stationery on a millimetre grid. Drag a box, or
// select it and nudge it with the arrow keys (0.5 mm; Shift: 5 mm); the exact-value table and the boxes stay in step, and
// the live PDF preview (sample data) is rendered by the server from the unsaved values. Saving posts the table.
(function () {
    'use strict';
    var SCALE = 3; // px per mm
    var form = document.querySelector('form[data-designer]');
    if (!form) { return; }
    var stage = document.getElementById('stage');
    var preview = document.getElementById('preview');
    var readOnly = form.getAttribute('data-readonly') === 'true';
    var rows = Array.prototype.slice.call(form.querySelectorAll('tr[data-field]'));
    var boxes = [];
    var timer = null;
    var seq = 0;

    function num(input) { var v = parseFloat(input.value); return isNaN(v) ? 0 : v; }
    function field(row, prop) { return row.querySelector('[data-prop="' + prop + '"]'); }
    function paper(which) { return num(form.querySelector('[data-paper="' + which + '"]')); }
    function round(v, step) { return Math.round(v / step) * step; }
    function fmt(v) { return (Math.round(v * 10) / 10).toString(); }

    function layoutStage() {
        stage.style.width = (paper('width') * SCALE) + 'px';
        stage.style.height = (paper('height') * SCALE) + 'px';
        var grid = (10 * SCALE) + 'px ' + (10 * SCALE) + 'px, ' + (10 * SCALE) + 'px ' + (10 * SCALE) + 'px, ' + SCALE + 'px ' + SCALE + 'px, ' + SCALE + 'px ' + SCALE + 'px';
        var image = stage.getAttribute('data-image');
        if (image) {
            stage.style.backgroundImage = 'linear-gradient(to right, rgba(0,0,0,.14) 1px, transparent 1px), linear-gradient(to bottom, rgba(0,0,0,.14) 1px, transparent 1px), linear-gradient(to right, rgba(0,0,0,.05) 1px, transparent 1px), linear-gradient(to bottom, rgba(0,0,0,.05) 1px, transparent 1px), url("' + image + '")';
            stage.style.backgroundSize = grid + ', 100% 100%';
        } else {
            stage.style.backgroundSize = grid;
        }
        boxes.forEach(place);
    }

    function place(box) {
        var row = rows[box.index];
        var select = field(row, 'value');
        var label = select.options[select.selectedIndex] ? select.options[select.selectedIndex].text : select.value;
        // The box shows the label without its note ("Year (box)" → "Year"), whole even when the box is narrower; the
        // full label is its tooltip and accessible name.
        box.el.textContent = label.replace(/\s*[(（][^()（）]*[)）]\s*$/, '') || label;
        box.el.title = label;
        box.el.setAttribute('aria-label', label);
        box.el.style.left = (num(field(row, 'x')) * SCALE) + 'px';
        box.el.style.top = (num(field(row, 'y')) * SCALE) + 'px';
        box.el.style.width = (num(field(row, 'width')) * SCALE) + 'px';
        box.el.style.fontSize = Math.max(8, num(field(row, 'fontSize')) * SCALE * 25.4 / 72) + 'px';
        box.el.style.textAlign = { Left: 'left', Center: 'center', Right: 'right' }[field(row, 'align').value] || 'left';
    }

    function move(box, x, y) {
        var row = rows[box.index];
        var w = num(field(row, 'width'));
        x = Math.min(Math.max(0, x), Math.max(0, paper('width') - w));
        y = Math.min(Math.max(0, y), paper('height'));
        field(row, 'x').value = fmt(x);
        field(row, 'y').value = fmt(y);
        place(box);
        schedulePreview();
    }

    function select(box) {
        boxes.forEach(function (b) { b.el.classList.toggle('ta-selected', b === box); });
    }

    rows.forEach(function (row, index) {
        var el = document.createElement('div');
        el.className = 'ta-box';
        el.tabIndex = 0;
        el.setAttribute('role', 'button');
        el.setAttribute('data-box', String(index));
        var box = { el: el, index: index };
        boxes.push(box);
        stage.appendChild(el);
        el.addEventListener('focus', function () { select(box); });
        if (readOnly) { return; }
        el.addEventListener('keydown', function (e) {
            var step = e.shiftKey ? 5 : 0.5;
            var dx = { ArrowLeft: -step, ArrowRight: step }[e.key] || 0;
            var dy = { ArrowUp: -step, ArrowDown: step }[e.key] || 0;
            if (!dx && !dy) { return; }
            e.preventDefault();
            move(box, num(field(row, 'x')) + dx, num(field(row, 'y')) + dy);
        });
        el.addEventListener('pointerdown', function (e) {
            e.preventDefault();
            el.focus();
            el.setPointerCapture(e.pointerId);
            var startX = e.clientX, startY = e.clientY;
            var fromX = num(field(row, 'x')), fromY = num(field(row, 'y'));
            function onMove(ev) {
                move(box, round(fromX + (ev.clientX - startX) / SCALE, 0.5), round(fromY + (ev.clientY - startY) / SCALE, 0.5));
            }
            function onUp(ev) {
                el.releasePointerCapture(ev.pointerId);
                el.removeEventListener('pointermove', onMove);
                el.removeEventListener('pointerup', onUp);
            }
            el.addEventListener('pointermove', onMove);
            el.addEventListener('pointerup', onUp);
        });
        Array.prototype.forEach.call(row.querySelectorAll('[data-prop]'), function (input) {
            input.addEventListener('input', function () { place(box); schedulePreview(); });
            input.addEventListener('change', function () { place(box); schedulePreview(); });
        });
    });
    Array.prototype.forEach.call(form.querySelectorAll('[data-paper]'), function (input) {
        input.addEventListener('input', function () { layoutStage(); schedulePreview(); });
    });

    function state() {
        return {
            paperWidth: paper('width'), paperHeight: paper('height'),
            fields: rows.map(function (row) {
                return { value: field(row, 'value').value, x: num(field(row, 'x')), y: num(field(row, 'y')), width: num(field(row, 'width')),
                    fontSize: num(field(row, 'fontSize')), align: field(row, 'align').value };
            })
        };
    }

    function show(response, body) {
        if (!response.ok) {
            return response.text().then(function (text) {
                var code = '';
                try { code = JSON.parse(text).code || ''; } catch (e) { code = ''; }
                preview.setAttribute('data-preview-error', response.status + ' ' + code);
            });
        }
        return response.blob().then(function (blob) {
            var old = preview.getAttribute('src');
            preview.setAttribute('src', URL.createObjectURL(blob));
            preview.setAttribute('data-preview-state', body);
            preview.setAttribute('data-preview-count', String(++seq));
            preview.removeAttribute('data-preview-error');
            if (old && old.indexOf('blob:') === 0) { URL.revokeObjectURL(old); }
        });
    }

    function refresh() {
        var body = JSON.stringify(state());
        return fetch(form.getAttribute('data-preview-url'), { method: 'POST', credentials: 'same-origin', body: new FormData(form) })
            .then(function (r) { return show(r, body); });
    }

    function schedulePreview() {
        clearTimeout(timer);
        timer = setTimeout(refresh, 350);
    }

    layoutStage();
    if (readOnly) {
        var url = preview.getAttribute('data-saved-url');
        fetch(url, { credentials: 'same-origin' }).then(function (r) { return show(r, JSON.stringify(state())); });
    } else {
        refresh();
    }
})();
