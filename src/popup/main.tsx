import browser from 'webextension-polyfill';
import { render } from 'preact';
import { App } from './App';
import { createBrowserApi } from './api';

render(<App api={createBrowserApi(browser)} />, document.getElementById('app')!);
