// Passkey ceremonies (WebAuthn) for a form with data-passkey-options="<url>": on submit, fetch the server's options
// (antiforgery token posted), let the browser create or present a passkey, put its JSON into the form's Credential
// field and submit the form for real. The server checks everything; this only carries the browser's answer.
(() => {
    'use strict';
    for (const form of document.querySelectorAll('form[data-passkey-options]')) {
        const problem = form.querySelector('[data-passkey-problem]');
        form.addEventListener('submit', async (event) => {
            event.preventDefault();
            if (problem) {
                problem.hidden = true;
            }

            try {
                const body = new FormData();
                body.append('__RequestVerificationToken', form.querySelector('input[name=__RequestVerificationToken]').value);
                const response = await fetch(form.dataset.passkeyOptions, { method: 'POST', body, credentials: 'same-origin' });
                if (!response.ok) {
                    throw new Error('options ' + response.status);
                }

                const options = await response.json();
                const credential = options.user
                    ? await navigator.credentials.create({ publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(options) })
                    : await navigator.credentials.get({ publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(options) });
                form.querySelector('input[name=Credential]').value = JSON.stringify(credential.toJSON());
                HTMLFormElement.prototype.submit.call(form);
            } catch (e) {
                if (problem) {
                    problem.hidden = false;
                }
            }
        });
    }
})();
