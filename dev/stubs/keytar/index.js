'use strict';
// Product Lens runs @forge/lint offline; nothing may read or store Forge credentials through it.
function unavailable() {
  return Promise.reject(new Error('keytar is stubbed in Product Lens: use the Forge CLI (npm i -g @forge/cli) to log in'));
}
module.exports = { getPassword: unavailable, setPassword: unavailable, deletePassword: unavailable, findPassword: unavailable, findCredentials: unavailable };
