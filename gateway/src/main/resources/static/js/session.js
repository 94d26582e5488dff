// Fills the logout form's CSRF field from the XSRF-TOKEN cookie and names the logged-in user.
// A separate file, not inline: the gateway's Content-Security-Policy allows scripts from 'self' only.
(function () {
  'use strict';

  function cookie(name) {
    var match = document.cookie.split('; ').find(function (c) { return c.indexOf(name + '=') === 0; });
    return match ? decodeURIComponent(match.substring(name.length + 1)) : '';
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.getElementById('csrf').value = cookie('XSRF-TOKEN');
    fetch('/session', { headers: { Accept: 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (user) {
        if (!user) {
          return;
        }
        var text = 'Aangemeld als ' + (user.name || user.username);
        if (user.afdeling) {
          text += ' (' + user.afdeling + ')';
        }
        if (user.roles && user.roles.length) {
          text += ', rollen: ' + user.roles.join(', ');
        }
        document.getElementById('gebruiker').textContent = text + '.';
      });
  });
}());
